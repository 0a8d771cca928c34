package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Visibility;

/**
 * Who a JSON document is written for, and so what it may hold. Dutch: weergave. Views are driven by
 * the marks of the model, not by lists of attributes: each item's {@link Visibility} ({@code
 * Shared}), the {@code @PersonalData} marks and their {@code DataCategory}, and the data category
 * of {@code Classified} codes.
 *
 * <p>Only {@link #FULL} can be read back; the other views are write-only (their documents carry
 * {@code "view"} in the envelope, and {@code LoopbaanJson.readDocument(String)} rejects them).
 * Whatever the view, the content of a development plan whose client refused its storage ({@code
 * StorageConsent.CHECKLIST_ONLY}) is never written: only its checklist (see {@code
 * docs/wire-format.md}).
 */
public enum View implements Coded {

  /** Everything, for storage: lossless, and the only view that reads back. Dutch: volledig. */
  FULL("full"),

  /**
   * What the client may see: everything except the items private to the coach ({@link
   * Visibility#PRIVATE_TO_COACH}). The client's own personal and health data are included. Dutch:
   * voor de cliënt.
   */
  CLIENT("client"),

  /**
   * What the commissioning party (employer, funder) may see: progress (stage, history, phases,
   * dates), hours and agreed items. Left out: every attribute marked {@code @PersonalData} (names
   * of client and coach, birth year, the client's words, reasons, health data), health codes (a
   * code whose {@code dataCategory()} is health, such as the stress question type or long-term
   * sickness) and every item not {@linkplain Visibility#SHARED_WITH_COMMISSIONER shared with the
   * commissioner}. An item the coach shared with the commissioner is written whole, its texts
   * included, when the client consents to sharing with the commissioning party ({@code
   * ConsentScope.SHARING_WITH_COMMISSIONER}, judged on {@code ViewWriter.consentsOn}); without that
   * consent, or after its withdrawal, no shared item is written at all, whatever the coach's
   * setting. The client is identified by identifier only, never by name. Dutch: voor de
   * opdrachtgever.
   */
  COMMISSIONER("commissioner"),

  /**
   * Statistics and the anonymous evaluation: no attribute marked {@code @PersonalData}, no free
   * text (any text attribute), no identifier (dropped, so nothing links back to a person or to
   * other records), and the client's age as a band ({@code "ageBand"}, from the birth year on the
   * trajectory's opening day, else the declared band) instead of the birth year. Codes, dates,
   * durations and counts remain. Dutch: geanonimiseerd.
   */
  ANONYMISED("anonymised");

  private final String code;

  View(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @param visibility an item's visibility
   * @return whether an item of that visibility is written in this view at all
   */
  public boolean shows(Visibility visibility) {
    switch (this) {
      case CLIENT:
        return visibility.visibleToClient();
      case COMMISSIONER:
        return visibility.visibleToCommissioner();
      default:
        return true;
    }
  }
}
