package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.attendee.SpreadsheetRows;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignDtos.AddUnits;
import vn.safeonline.campaign.CampaignDtos.AddUnitsResult;
import vn.safeonline.campaign.CampaignDtos.HeadcountImportResult;
import vn.safeonline.campaign.CampaignDtos.Headcounts;
import vn.safeonline.campaign.CampaignDtos.RowError;
import vn.safeonline.campaign.CampaignDtos.UnitView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;

@Path("/api/campaigns/{campaignId}/units")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignUnitsResource {
    private static final int MAX_HEADCOUNT_ROWS = 20_000;

    @Inject
    CampaignAccess access;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listCampaignUnits", summary = "The units in scope with their headcounts (the caller's own subtree unless it runs or monitors the campaign)")
    public PageResponse<UnitView> list(@PathParam("campaignId") long campaignId, @QueryParam("q") @Size(max = 200) String q,
                                       @Valid @BeanParam PageParams page) {
        Campaign c = access.find(campaignId);
        Map<String, Object> params = new HashMap<>();
        params.put("c", c.id);
        String where = "cu.campaignId = :c" + access.figuresScope(c, params);
        if (q != null && !q.isBlank()) {
            where += " and o.nameSearch like :q escape '\\'";
            params.put("q", Text.likePattern(q));
        }
        String order = page.orderBy(Map.of("name", "o.name", "code", "o.code"), "name", "o.id");
        long total = CampaignUnit.count("select count(cu) from CampaignUnit cu join cu.organization o where " + where, params);
        List<CampaignUnit> units = CampaignUnit.<CampaignUnit>find("select cu from CampaignUnit cu join fetch cu.organization o where " + where
                + " order by " + order, params).page(page.page - 1, page.size).list();
        return new PageResponse<>(units.stream().map(u -> new UnitView(OrgRef.of(u.organization), u.officers, u.pupils, u.students, u.teachers, u.parents))
                .toList(), page.page, page.size, total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "addCampaignUnits", summary = "Take organisations of the deployment into scope, by type and/or by id (units already in scope are kept)")
    public AddUnitsResult add(@PathParam("campaignId") long campaignId, @Valid @NotNull AddUnits request) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        List<String> types = request.organizationTypes() == null ? List.of() : request.organizationTypes().stream().map(Enum::name).toList();
        List<Long> ids = request.organizationIds() == null ? List.of() : request.organizationIds();
        if (types.isEmpty() && ids.isEmpty()) throw ApiException.field("organizationTypes", "Required", "Chọn loại đơn vị hoặc danh sách đơn vị");
        if (!ids.isEmpty()) {
            long known = ((Number) em.createNativeQuery("select count(*) from organization where id = any(cast(?1 as bigint[])) and coalesce(tenant_id, id) = ?2")
                    .setParameter(1, ids.toArray(Long[]::new)).setParameter(2, c.tenantId).getSingleResult()).longValue();
            if (known != ids.stream().distinct().count()) throw ApiException.unprocessable("organizationIds", "UnknownOrganization", "Có đơn vị không thuộc thành phố này");
        }
        int added = em.createNativeQuery("insert into campaign_unit (campaign_id, organization_id)"
                        + " select ?1, o.id from organization o where coalesce(o.tenant_id, o.id) = ?2"
                        + " and (o.type = any(cast(?3 as varchar[])) or o.id = any(cast(?4 as bigint[])))"
                        + " on conflict do nothing")
                .setParameter(1, c.id).setParameter(2, c.tenantId).setParameter(3, types.toArray(String[]::new))
                .setParameter(4, ids.toArray(Long[]::new)).executeUpdate();
        long units = CampaignUnit.count("campaignId", c.id);
        audit.record("ADD_UNITS", "campaign", c.id, null, Map.of("types", types, "ids", ids, "added", added));
        return new AddUnitsResult(added, units);
    }

    @PUT
    @Path("{organizationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "setCampaignUnitHeadcounts", summary = "Set a unit's headcounts (the campaign's managers, or the unit's own people)")
    public UnitView setHeadcounts(@PathParam("campaignId") long campaignId, @PathParam("organizationId") long organizationId,
                                  @Valid @NotNull Headcounts input) {
        Campaign c = access.find(campaignId);
        CampaignUnit u = CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization where cu.campaignId = ?1 and cu.organizationId = ?2",
                c.id, organizationId).firstResultOptional().orElseThrow(() -> ApiException.notFound("Đơn vị trong chiến dịch", organizationId));
        if (!access.mayReportFor(c, u.organization)) throw ApiException.forbidden("Chỉ đơn vị đó hoặc cơ quan điều phối chiến dịch cập nhật quân số");
        u.officers = input.officers();
        u.pupils = input.pupils();
        u.students = input.students();
        u.teachers = input.teachers();
        if (input.parents() != null) u.parents = input.parents();
        audit.record("SET_HEADCOUNTS", "campaign_unit", u.organizationId, null, input);
        return new UnitView(OrgRef.of(u.organization), u.officers, u.pupils, u.students, u.teachers, u.parents);
    }

    @POST
    @Path("headcounts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "importCampaignHeadcounts", summary = "Set headcounts from a spreadsheet (XLSX or CSV: Mã đơn vị, Cán bộ, Học sinh, Sinh viên, Giáo viên)",
            description = "All or nothing: a file with any bad row changes nothing and lists the rows with their reasons.")
    public HeadcountImportResult importHeadcounts(@PathParam("campaignId") long campaignId,
                                                  @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        if (file == null) throw ApiException.field("file", "Required", "Chọn tệp bảng tính");
        Map<String, Long> unitIds = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> known = em.createNativeQuery("select upper(o.code), o.id from campaign_unit cu join organization o on o.id = cu.organization_id"
                + " where cu.campaign_id = ?1").setParameter(1, c.id).getResultList();
        known.forEach(r -> unitIds.put((String) r[0], ((Number) r[1]).longValue()));
        List<RowError> errors = new ArrayList<>();
        List<long[]> updates = new ArrayList<>();
        try {
            if (java.nio.file.Files.size(file.uploadedFile()) > 5 * 1024 * 1024) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp tối đa 5 MB");
            SpreadsheetRows.Format format = SpreadsheetRows.sniff(file.uploadedFile(), file.fileName());
            try (SpreadsheetRows rows = SpreadsheetRows.open(file.uploadedFile(), format)) {
                if (!rows.hasNext()) throw new ApiException(ProblemType.UNPROCESSABLE, "Tệp không có dòng tiêu đề");
                int[] col = headerColumns(rows.next());
                int rowNumber = 1;
                while (rows.hasNext()) {
                    List<String> cells = rows.next();
                    rowNumber++;
                    if (rowNumber > MAX_HEADCOUNT_ROWS) throw new ApiException(ProblemType.UNPROCESSABLE, "Tối đa " + MAX_HEADCOUNT_ROWS + " dòng");
                    String code = cell(cells, col[0]);
                    if (code == null) continue;
                    Long unit = unitIds.get(code.toUpperCase(java.util.Locale.ROOT));
                    if (unit == null) {
                        errors.add(new RowError(rowNumber, "Mã đơn vị “" + code + "” không thuộc phạm vi chiến dịch"));
                        continue;
                    }
                    long[] u = {unit, 0, 0, 0, 0};
                    boolean ok = true;
                    for (int k = 1; k <= 4; k++) {
                        String v = cell(cells, col[k]);
                        if (v == null) continue;
                        try {
                            double d = Double.parseDouble(v.replace(".", "").replace(",", "").trim());
                            if (d < 0 || d > 1_000_000 || d != Math.floor(d)) throw new NumberFormatException();
                            u[k] = (long) d;
                        } catch (NumberFormatException e) {
                            errors.add(new RowError(rowNumber, "“" + v + "” không phải số người hợp lệ"));
                            ok = false;
                        }
                    }
                    if (ok) updates.add(u);
                }
            }
        } catch (IOException e) {
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Không đọc được tệp: hãy dùng XLSX hoặc CSV");
        }
        if (!errors.isEmpty()) return new HeadcountImportResult(0, errors);
        // one statement for the whole file
        em.createNativeQuery("update campaign_unit cu set officers = v.officers, pupils = v.pupils, students = v.students, teachers = v.teachers"
                        + " from unnest(cast(?1 as bigint[]), cast(?2 as int[]), cast(?3 as int[]), cast(?4 as int[]), cast(?5 as int[]))"
                        + " as v(organization_id, officers, pupils, students, teachers)"
                        + " where cu.campaign_id = ?6 and cu.organization_id = v.organization_id")
                .setParameter(1, updates.stream().map(u -> u[0]).toArray(Long[]::new))
                .setParameter(2, column(updates, 1)).setParameter(3, column(updates, 2)).setParameter(4, column(updates, 3))
                .setParameter(5, column(updates, 4)).setParameter(6, c.id).executeUpdate();
        audit.record("IMPORT_HEADCOUNTS", "campaign", c.id, null, Map.of("rows", updates.size()));
        return new HeadcountImportResult(updates.size(), List.of());
    }

    private static Integer[] column(List<long[]> rows, int k) {
        return rows.stream().map(u -> (int) u[k]).toArray(Integer[]::new);
    }

    private static String cell(List<String> cells, int i) {
        if (i < 0 || i >= cells.size()) return null;
        String v = cells.get(i);
        if (v == null || v.isBlank()) return null;
        if (v.startsWith(SpreadsheetRows.FORMULA) || v.startsWith("=")) throw new ApiException(ProblemType.UNPROCESSABLE, "Tệp chứa công thức; hãy nhập giá trị");
        return v.trim();
    }

    /** Columns of: unit code, officers, pupils, students, teachers (by their Vietnamese headers, diacritics ignored). */
    private static int[] headerColumns(List<String> header) {
        int[] col = {-1, -1, -1, -1, -1};
        for (int i = 0; i < header.size(); i++) {
            String h = Text.fold(header.get(i) == null ? "" : header.get(i).replace("\uFEFF", ""));
            if (h.contains("ma don vi") || h.equals("ma")) col[0] = i;
            else if (h.contains("can bo")) col[1] = i;
            else if (h.contains("hoc sinh")) col[2] = i;
            else if (h.contains("sinh vien")) col[3] = i;
            else if (h.contains("giao vien")) col[4] = i;
        }
        if (col[0] < 0) throw new ApiException(ProblemType.UNPROCESSABLE, "Thiếu cột “Mã đơn vị”. Các cột: Mã đơn vị, Cán bộ, Học sinh, Sinh viên, Giáo viên");
        return col;
    }
}
