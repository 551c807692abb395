package vn.safeonline.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.org.OrganizationResource.OrganizationInput;

/** The rules of adding an organisation, whichever way one comes in: the administrators' form, or an agency a confirmed plan import names. */
@ApplicationScoped
public class OrganizationService {
    @Inject
    AuditLog audit;
    @Inject
    Event<OrganizationChanged> changed;

    /** Places a new organisation of the tenant under its parent; a unique code per tenant, no new root People's Committee. */
    @Transactional
    public Organization create(long tenant, OrganizationInput input) {
        Organization parent = input.parentId() == null ? null
                : Organization.findInTenant(tenant, input.parentId())
                        .orElseThrow(() -> ApiException.unprocessable("parentId", "UnknownOrganization", "Đơn vị cấp trên không tồn tại"));
        if (input.type() == OrganizationType.PEOPLES_COMMITTEE && parent == null) {
            throw ApiException.unprocessable("type", "NewDeployment", "Tạo một UBND gốc (triển khai mới) chỉ làm khi cài đặt");
        }
        if (Organization.findByCode(tenant, input.code()).isPresent()) {
            throw ApiException.unprocessable("code", "Duplicate", "Mã đơn vị đã tồn tại");
        }
        Organization o = Organization.create(input.code(), input.name(), input.type(), parent, tenant);
        Organization.flush();
        audit.record("CREATE", "organization", o.id, null, OrganizationResource.OrganizationView.of(o));
        changed.fire(new OrganizationChanged(o.id));
        return o;
    }
}
