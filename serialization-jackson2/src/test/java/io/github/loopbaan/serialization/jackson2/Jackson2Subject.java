package io.github.loopbaan.serialization.jackson2;

import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.conformance.ConformanceRunner;
import io.github.loopbaan.format.conformance.ConformanceRunner.Case;
import io.github.loopbaan.format.conformance.ConformanceRunner.Rejection;
import java.time.LocalDate;
import java.util.Map;

/** This artifact as the conformance corpus drives it: {@link LoopbaanJson}, configured per case. */
final class Jackson2Subject implements ConformanceRunner.Subject {

  static final Jackson2Subject INSTANCE = new Jackson2Subject();

  private Jackson2Subject() {}

  @Override
  public Object read(Case c, byte[] input) {
    LoopbaanJson json = configured(c.options());
    try {
      return c.document() ? json.readDocument(input, c.type()) : json.read(input, c.type());
    } catch (LoopbaanJsonException e) {
      return new Rejection(e.getProblem().code(), e.getPath(), e.getReason());
    }
  }

  @Override
  public String write(Case c, Object value, LocalDate day) {
    LoopbaanJson json = LoopbaanJson.standard();
    if (c.view().isPresent()) {
      ViewWriter writer = json.viewWriter(c.view().get()).consentsOn(day).ageBandsOn(day);
      return c.document() ? writer.writeDocument(value) : writer.write(value);
    }
    return c.document() ? json.writeDocument(value) : json.write(value);
  }

  static LoopbaanJson configured(Map<String, Object> options) {
    LoopbaanJson.Builder builder = LoopbaanJson.builder();
    for (Map.Entry<String, Object> option : options.entrySet()) {
      long value = option.getValue() instanceof Long ? (Long) option.getValue() : 0;
      switch (option.getKey()) {
        case "strict" -> {
          if (Boolean.FALSE.equals(option.getValue())) {
            builder.lenient();
          }
        }
        case "maxDocumentBytes" -> builder.maxDocumentBytes(value);
        case "maxNestingDepth" -> builder.maxNestingDepth((int) value);
        case "maxStringLength" -> builder.maxStringLength((int) value);
        case "maxCollectionSize" -> builder.maxCollectionSize((int) value);
        default -> throw new IllegalArgumentException("unknown option " + option.getKey());
      }
    }
    return builder.build();
  }
}
