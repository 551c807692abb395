package vn.safeonline.contest;

/** How a guardian's consent was obtained. The declaration on the public form is only recorded; the school confirms it. */
public enum ConsentMethod {
    PAPER_FORM, PHONE_CALL, IN_PERSON, ONLINE_DECLARATION
}
