package vn.safeonline.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.safeonline.user.Passwords;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.user.AppUser;

/** A second deployment in the same database: Hải Phòng, with its own Sở GD&ĐT and a coordinator. */
public final class SecondCity {
    private SecondCity() {
    }

    public static synchronized void ensure() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.count("username", "hp-coordinator") > 0) return;
            Organization city = Organization.create("UBND-HP", "Ủy ban nhân dân thành phố Hải Phòng", OrganizationType.PEOPLES_COMMITTEE, null, null);
            Organization.flush();
            Organization edu = Organization.create("SO-GDDT", "Sở Giáo dục và Đào tạo", OrganizationType.DEPARTMENT, city, null);
            for (String[] u : new String[][]{{"hp-coordinator", "COORDINATOR"}, {"hp-admin", "ADMIN"}}) {
                AppUser user = new AppUser();
                user.username = u[0];
                user.fullName = "Cán bộ Hải Phòng";
                user.organization = u[0].equals("hp-admin") ? edu : city;
                user.passwordHash = Passwords.hash("another-password");
                user.roles = new String[]{u[1]};
                user.persist();
            }
        });
    }
}
