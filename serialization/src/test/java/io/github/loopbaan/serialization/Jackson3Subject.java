package io.github.loopbaan.serialization;

import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.conformance.ConformanceRunner;
import io.github.loopbaan.format.conformance.ConformanceRunner.Case;
import io.github.loopbaan.format.conformance.ConformanceRunner.Rejection;
import java.time.LocalDate;
import java.util.Map;

/** This artifact as the conformance corpus drives it: {@link LoopbaanJson}, configured per case. */
final class Jackson3Subject implements ConformanceRunner.Subject {

  static final Jackson3Subject INSTANCE = new Jackson3Subject();

  private Jackson3Subject() {}

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

  private static LoopbaanJson configured(Map<String, Object> options) {
    LoopbaanJson.Builder builder = LoopbaanJson.builder();
    for (Map.Entry<String, Object> option : options.entrySet()) {
      Object value = option.getValue();
      switch (option.getKey()) {
        case "strict" -> {
          if (!(Boolean) value) {
            builder.lenient();
          }
        }
        case "maxDocumentBytes" -> builder.maxDocumentBytes((Long) value);
        case "maxNestingDepth" -> builder.maxNestingDepth(((Long) value).intValue());
        case "maxStringLength" -> builder.maxStringLength(((Long) value).intValue());
        case "maxCollectionSize" -> builder.maxCollectionSize(((Long) value).intValue());
        default -> throw new IllegalArgumentException("unknown option " + option.getKey());
      }
    }
    return builder.build();
  }
}
