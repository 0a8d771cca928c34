package io.github.loopbaan.serialization;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a development plan as it is stored: a plan whose client refused the storage of the POP
 * ({@link StorageConsent#CHECKLIST_ONLY}) is kept in its checklist form ({@link
 * DevelopmentPlan#toChecklist()}), so a document that holds the texts of such a plan reads as what
 * the writer would have stored, and reading what was written gives back the same value.
 */
final class StoredPlanReader extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  StoredPlanReader(ValueDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new StoredPlanReader(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    Object value = super.deserialize(p, ctxt);
    if (value instanceof DevelopmentPlan
        && ((DevelopmentPlan) value).getStorageConsent() == StorageConsent.CHECKLIST_ONLY) {
      return ((DevelopmentPlan) value).toChecklist();
    }
    return value;
  }
}
