package vn.safeonline.user;

import jakarta.annotation.security.RolesAllowed;
import vn.safeonline.common.MaxUtf8Bytes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;

@Path("/api/users")
@Tag(name = "Users", description = "Người dùng: accounts of the deployment (administrators)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_)
public class UserResource {

    @Schema(name = "User")
    public record UserView(@Schema(examples = "42", required = true) long id, @Schema(examples = "sogddt", required = true) String username,
                           @Schema(examples = "Trần Thị Thu", required = true) String fullName, @Schema(required = true) OrgRef organization,
                           @Schema(required = true) List<Role> roles, @Schema(required = true) boolean active,
                           @Schema(examples = "thu.tran@example.vn") String email,
                           @Schema(required = true, description = "whether the user receives email notifications") boolean emailNotifications,
                           @Schema(examples = "3", required = true) int version) {
        static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.fullName, OrgRef.of(u.organization), u.roleSet().stream().sorted().toList(), u.active,
                    u.email, u.emailNotifications, u.version);
        }

        /** For the audit: whether an address is set, never the address (personal data). */
        UserView forAudit() {
            return new UserView(id, username, fullName, organization, roles, active, email == null ? null : "(đã đặt)", emailNotifications, version);
        }
    }

    @Schema(name = "UserInput")
    public record UserInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9_.-]{1,63}$", message = "{vn.safeonline.username}")
            @Schema(required = true, examples = "truong.cvl") String username,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Trần Thị Thu") String fullName,
            @NotNull @Schema(examples = "12", required = true) Long organizationId,
            @NotEmpty @Size(max = 4) @Schema(required = true) Set<@NotNull Role> roles,
            @Schema(description = "true unless the account is suspended") Boolean active,
            @Size(max = 254) @jakarta.validation.constraints.Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
            @Schema(description = "where email notifications go; absent or empty: none", examples = "thu.tran@example.vn") String email,
            @Schema(description = "whether the user receives email notifications; default true") Boolean emailNotifications,
            @Size(min = 8, max = Passwords.MAX_BYTES) @MaxUtf8Bytes(Passwords.MAX_BYTES)
            @Schema(examples = "demo1234", description = "required on creation; on update, a new password; at most 72 bytes in UTF-8 (bcrypt's limit)") String password) {
    }

    static final Map<String, String> SORTS = new LinkedHashMap<>(Map.of("username", "u.username", "fullName", "u.fullName"));

    @Inject
    Caller me;
    @Inject
    AuditLog audit;
    @Inject
    Event<AccountChanged> changed;

    @GET
    @Operation(operationId = "listUsers", summary = "Accounts of the caller's deployment",
            description = "ADMIN only: the deployment's accounts; q searches usernames and names without diacritics, organizationId narrows to one "
                    + "organisation. Paged; answers an ETag.")
    public PageResponse<UserView> list(@Parameter(example = "so giao duc") @QueryParam("q") @Size(max = 200) String q, @Parameter(example = "12") @QueryParam("organizationId") Long organizationId,
                                       @Valid @BeanParam PageParams page) {
        Map<String, Object> params = new HashMap<>();
        params.put("t", me.tenant());
        StringBuilder where = new StringBuilder("(o.tenantId = :t or o.id = :t)");
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(u.username) like :q escape '\\' or lower(u.fullName) like :q escape '\\')");
            params.put("q", Text.likeLower(q));
        }
        if (organizationId != null) {
            where.append(" and o.id = :org");
            params.put("org", organizationId);
        }
        long total = AppUser.count("from AppUser u join u.organization o where " + where, params);
        var items = AppUser.<AppUser>find("from AppUser u join fetch u.organization o where " + where + " order by "
                        + page.orderBy(SORTS, "username", "u.id"), params)
                .range(page.offset(), page.offset() + page.size - 1).list().stream().map(UserView::of).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createUser", summary = "Open an account in an organisation of the deployment",
            description = "ADMIN only. Opens an account in an organisation of the deployment with roles and a password (at least 8 characters, stored "
                    + "hashed). 400 without a password and 422 for a username already taken (errors[] names the field). The answer "
                    + "carries the ETag.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response create(@Valid @NotNull UserInput in) {
        if (in.password() == null) throw ApiException.field("password", "Required", "Cần mật khẩu (ít nhất 8 ký tự)");
        if (AppUser.count("username", in.username()) > 0) throw ApiException.unprocessable("username", "Duplicate", "Tên đăng nhập đã tồn tại");
        AppUser u = new AppUser();
        u.username = in.username();
        u.passwordHash = Passwords.hash(in.password());
        apply(u, in);
        u.persist();
        AppUser.flush();
        UserView view = UserView.of(u);
        audit.record("CREATE", "user", u.id, null, view.forAudit());
        changed.fire(new AccountChanged(u.id));
        return Response.created(URI.create("/api/users/" + u.id)).entity(view).tag(Etags.of(u.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "updateUser", summary = "Change an account's name, organisation, roles, state or password (If-Match required)",
            description = "ADMIN only. If-Match is required (428/412). The username cannot change (422); a system client's account is managed under "
                    + "/api/system-clients (409). Deactivating an account or changing its roles takes effect on its next request.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull UserInput in) {
        AppUser u = AppUser.<AppUser>find("from AppUser u join fetch u.organization o where u.id = ?1 and (o.tenantId = ?2 or o.id = ?2)", id, me.tenant())
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Người dùng", id));
        Etags.require(ifMatch, u.version);
        if (u.system) {
            throw new ApiException(vn.safeonline.common.ProblemType.CONFLICT, "Đây là tài khoản của một ứng dụng hệ thống; quản lý nó ở mục Ứng dụng hệ thống (/api/system-clients)");
        }
        if (!u.username.equals(in.username())) throw ApiException.unprocessable("username", "Immutable", "Không đổi được tên đăng nhập");
        if (u.id == me.userId() && (!in.roles().contains(Role.ADMIN) || Boolean.FALSE.equals(in.active()))) {
            throw ApiException.unprocessable("roles", "SelfLockout", "Không tự bỏ quyền quản trị hoặc khóa tài khoản của chính mình");
        }
        UserView before = UserView.of(u);
        apply(u, in);
        if (in.password() != null) u.passwordHash = Passwords.hash(in.password());
        AppUser.flush();
        UserView after = UserView.of(u);
        audit.record("UPDATE", "user", u.id, before.forAudit(), after.forAudit());
        changed.fire(new AccountChanged(u.id));
        return Response.ok(after).tag(Etags.of(u.version)).build();
    }

    private void apply(AppUser u, UserInput in) {
        u.fullName = Text.clean(in.fullName());
        u.organization = Organization.findInTenant(me.tenant(), in.organizationId())
                .orElseThrow(() -> ApiException.unprocessable("organizationId", "UnknownOrganization", "Đơn vị không tồn tại"));
        u.roles = in.roles().stream().map(Enum::name).sorted().toArray(String[]::new);
        u.active = in.active() == null || in.active();
        String email = Text.clean(in.email());
        u.email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        u.emailNotifications = in.emailNotifications() == null || in.emailNotifications();
    }
}
