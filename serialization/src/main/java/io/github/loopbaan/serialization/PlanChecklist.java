package io.github.loopbaan.serialization;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * The VDAB "Checklist POP" form of a development plan whose client refused the storage of the plan
 * itself ({@link StorageConsent#CHECKLIST_ONLY}, 004: "dan volstaat het overzichtsdocument
 * Checklist POP"). Dutch: checklist POP.
 *
 * <p>In every view such a plan is written as its identifier, its consent and a checklist that says
 * for each part of the VDAB minimum content whether the plan holds it, never what it holds:
 *
 * <pre>{@code
 * {"checklist": {"title": true, "finalisedOn": true, "clientName": true, "signedOn": false,
 *                "careerQuestion": true, "reflections": true, "insights": true, "decisions": false,
 *                "goals": true, "actions": true},
 *  "id": "pop-1", "storageConsent": "checklist_only"}
 * }</pre>
 *
 * <p>Reading it back gives a plan that holds only its identifier and the consent: the content was
 * never stored. A plan with the consent but without a checklist (written by hand) is read as the
 * plan it describes.
 */
final class PlanChecklist {

  /** The parts of the checklist, in the order written: the VDAB minimum content of a POP (004). */
  static final List<String> ITEMS =
      List.of(
          "title",
          "finalisedOn",
          "clientName",
          "signedOn",
          "careerQuestion",
          "reflections",
          "insights",
          "decisions",
          "goals",
          "actions");

  private PlanChecklist() {}

  /**
   * @return for each part of the minimum content, whether the plan holds it
   */
  static Map<String, Boolean> of(DevelopmentPlan plan) {
    GeneralData general = plan.getGeneralData();
    Map<String, Boolean> items = new LinkedHashMap<>();
    items.put("title", general.getTitle().isPresent());
    items.put("finalisedOn", general.getFinalisedOn().isPresent());
    items.put("clientName", general.getClientName().isPresent());
    items.put("signedOn", general.getSignedOn().isPresent());
    items.put("careerQuestion", plan.getCareerQuestion().isPresent());
    items.put("reflections", !plan.getReflections().isEmpty());
    items.put("insights", !plan.getInsights().isEmpty());
    items.put("decisions", !plan.getDecisions().isEmpty());
    items.put("goals", !plan.getGoals().isEmpty());
    items.put("actions", !plan.getActionPlan().getActions().isEmpty());
    return items;
  }

  /** Writes the checklist form; the identifier is left out in the anonymised view. */
  static void write(DevelopmentPlan plan, JsonGenerator g, SerializationContext ctxt) {
    g.writeStartObject(plan);
    g.writeName("checklist");
    g.writeStartObject();
    for (Map.Entry<String, Boolean> item : of(plan).entrySet()) {
      g.writeBooleanProperty(item.getKey(), item.getValue());
    }
    g.writeEndObject();
    if (!Views.dropsType(Views.of(ctxt), DevelopmentPlanId.class)) {
      g.writeName("id");
      ctxt.writeValue(g, plan.getId());
    }
    g.writeStringProperty("storageConsent", StorageConsent.CHECKLIST_ONLY.code());
    g.writeEndObject();
  }

  /** Reads a development plan in either form: the plan itself, or its checklist. */
  static final class Reader extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    Reader(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new Reader(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return super.deserialize(p, ctxt);
      }
      Subtrees.Base base = Subtrees.baseOf(p);
      JsonNode node = ctxt.readTree(p);
      if (!node.has("checklist")) {
        return Subtrees.read(node, ctxt, p, base, tree -> _delegatee.deserialize(tree, ctxt));
      }
      boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      int position = 0;
      for (String name : node.propertyNames()) {
        if (strict
            && !name.equals("checklist")
            && !name.equals("id")
            && !name.equals("storageConsent")) {
          throw new ProblemException(
              p,
              Problem.UNKNOWN_PROPERTY,
              "unknown property (a plan written as its "
                  + "checklist holds only checklist, id and storageConsent)",
              base.path() + Errors.segmentIfKnown(name, position));
        }
        position++;
      }
      JsonNode consent = node.get("storageConsent");
      if (consent == null
          || !consent.isString()
          || !consent.stringValue().equals(StorageConsent.CHECKLIST_ONLY.code())) {
        throw new ProblemException(
            p,
            Problem.INVALID_VALUE,
            "a plan is written as its checklist only when its "
                + "storage consent is checklist_only",
            base.path() + ".storageConsent");
      }
      JsonNode checklist = node.get("checklist");
      if (!checklist.isObject()) {
        throw new ProblemException(
            p,
            Problem.WRONG_TYPE,
            "wrong JSON type: expected an object of true or false",
            base.path() + ".checklist");
      }
      int itemPosition = 0;
      for (Map.Entry<String, JsonNode> item : checklist.properties()) {
        itemPosition++;
        if (!ITEMS.contains(item.getKey())) {
          if (strict) {
            throw new ProblemException(
                p,
                Problem.UNKNOWN_PROPERTY,
                "unknown checklist item; valid items are: " + String.join(", ", ITEMS),
                base.path()
                    + ".checklist"
                    + Errors.segmentIfKnown(item.getKey(), itemPosition - 1));
          }
        } else if (!item.getValue().isBoolean()) {
          throw new ProblemException(
              p,
              Problem.WRONG_TYPE,
              "wrong JSON type: expected true or false",
              base.path() + ".checklist" + Errors.segment(item.getKey()));
        }
      }
      JsonNode id = node.get("id");
      if (id == null || id.isNull()) {
        throw new ProblemException(
            p, Problem.MISSING_VALUE, "a plan needs its identifier", base.path() + ".id");
      }
      DevelopmentPlanId planId =
          (DevelopmentPlanId)
              Subtrees.readValue(
                  id, ctxt.constructType(DevelopmentPlanId.class), ctxt, p, base, "id");
      return DevelopmentPlan.builder()
          .id(planId)
          .storageConsent(StorageConsent.CHECKLIST_ONLY)
          .build();
    }
  }
}
