package vn.safeonline.org;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Caller;
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.common.Text;

@Path("/api/organizations")
@Tag(name = "Organizations", description = "Cơ quan, đơn vị: the tree of bodies a plan names")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrganizationResource {

    @Schema(name = "Organization")
    public record OrganizationView(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true, examples = "SO-GDDT") String code,
            @Schema(required = true, examples = "Sở Giáo dục và Đào tạo") String name,
            @Schema(required = true) OrganizationType type,
            OrgRef parent,
            @Schema(examples = "3", required = true) int version) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.code, o.name, o.type, OrgRef.of(o.parent), o.version);
        }
    }

    @Schema(name = "OrganizationInput")
    public record OrganizationInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_.-]*$", message = "{vn.safeonline.organizationCode}")
            @Schema(required = true, examples = "THPT-CHAUVANLIEM") String code,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Trường THPT Châu Văn Liêm") String name,
            @NotNull @Schema(required = true) OrganizationType type,
            @Schema(examples = "1", description = "parent organisation; null makes a root of the caller's deployment") Long parentId) {
    }

    static final Map<String, String> SORTS = new LinkedHashMap<>(Map.of("name", "o.nameSearch", "code", "o.code", "type", "o.type"));

    @Inject
    Caller me;
    @Inject
    OrganizationService organizations;
    @Inject
    AuditLog audit;
    @Inject
    Event<OrganizationChanged> changed;

    @GET
    @Operation(operationId = "listOrganizations", summary = "List the organisations of the caller's deployment",
            description = "Search ignores Vietnamese diacritics: 'cong an' finds 'Công an'.")
    public PageResponse<OrganizationView> list(@QueryParam("q") @Size(max = 200) @Parameter(example = "giao duc") String q,
                                               @QueryParam("type") @Parameter(schema = @Schema(implementation = OrganizationType.class)) String type,
                                               @Parameter(example = "1") @QueryParam("parentId") Long parentId,
                                               @Valid @BeanParam PageParams page) {
        StringBuilder where = new StringBuilder("from Organization o left join fetch o.parent where (o.tenantId = :t or o.id = :t)");
        Map<String, Object> params = new HashMap<>();
        params.put("t", me.tenant());
        if (q != null && !q.isBlank()) {
            where.append(" and ").append(vn.safeonline.common.Search.words(q).where("o.nameSearch", "q", params));
        }
        if (type != null && !type.isBlank()) {
            where.append(" and o.type = :type");
            params.put("type", Params.enumValue(OrganizationType.class, type, "type"));
        }
        if (parentId != null) {
            where.append(" and o.parent.id = :parent");
            params.put("parent", parentId);
        }
        PanacheQuery<Organization> query = Organization.find(where + " order by " + page.orderBy(SORTS, "name", "o.id"), params);
        long total = Organization.count(where.toString().replace(" left join fetch o.parent", ""), params);
        return new PageResponse<>(query.range(page.offset(), page.offset() + page.size - 1).list(), page.page, page.size, total)
                .map(OrganizationView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganization", summary = "One organisation",
            description = "Any signed-in person of the deployment: an organisation with its code, type and parent; one of another deployment is 404. Answers "
                    + "an ETag of its version, to send in If-Match when ADMIN changes it.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Organization o = Organization.findInTenant(me.tenant(), id).orElseThrow(() -> ApiException.notFound("Đơn vị", id));
        return Response.ok(OrganizationView.of(o)).tag(Etags.of(o.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    @Operation(operationId = "createOrganization", summary = "Add an organisation (administrators)",
            description = "ADMIN only. Adds an organisation under a parent of the deployment (a department, ward, school, police unit…). 422 with errors[] "
                    + "for an unknown parent, a code already used in the deployment, or a new People's Committee (a new deployment is made at "
                    + "installation, not here). The answer carries the ETag.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@Valid @NotNull OrganizationInput input) {
        Organization o = organizations.create(me.tenant(), input);
        OrganizationView view = OrganizationView.of(o);
        return Response.created(URI.create("/api/organizations/" + o.id)).entity(view).tag(Etags.of(o.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    @Operation(operationId = "updateOrganization", summary = "Rename or re-type an organisation (administrators)",
            description = "Needs If-Match with the ETag of the organisation read. The parent cannot change here.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull OrganizationInput input) {
        Organization o = Organization.findInTenant(me.tenant(), id).orElseThrow(() -> ApiException.notFound("Đơn vị", id));
        Etags.require(ifMatch, o.version);
        Long currentParent = o.parent == null ? null : o.parent.id;
        if (!java.util.Objects.equals(currentParent, input.parentId())) {
            throw ApiException.unprocessable("parentId", "Immutable", "Không đổi được đơn vị cấp trên");
        }
        if (!o.code.equals(input.code()) && Organization.findByCode(me.tenant(), input.code()).isPresent()) {
            throw ApiException.unprocessable("code", "Duplicate", "Mã đơn vị đã tồn tại");
        }
        OrganizationView before = OrganizationView.of(o);
        o.code = input.code();
        o.name = Text.clean(input.name());
        o.type = input.type();
        Organization.flush();
        OrganizationView after = OrganizationView.of(o);
        audit.record("UPDATE", "organization", o.id, before, after);
        changed.fire(new OrganizationChanged(o.id));
        return Response.ok(after).tag(Etags.of(o.version)).build();
    }
}
