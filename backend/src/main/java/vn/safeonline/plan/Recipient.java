package vn.safeonline.plan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.safeonline.org.Organization;

/** A line of "Nơi nhận": the label as written, and the organisation when it is one. */
@Embeddable
public class Recipient {
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    public String label;

    public Recipient() {
    }

    public Recipient(Organization organization, String label) {
        this.organization = organization;
        this.label = label;
    }
}
