package vn.safeonline.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.safeonline.attendeeimport.SpreadsheetRows;
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

/** The units in a campaign's scope and their headcounts: who takes them in, who sets the figures, and the all-or-nothing file. */
@RequestScoped
public class CampaignUnitService {
    private static final int MAX_HEADCOUNT_ROWS = 20_000;

    @Inject
    CampaignAccess access;
    @Inject
    AuditLog audit;

    public PageResponse<UnitView> list(long campaignId, String q, PageParams page) {
        Campaign c = access.find(campaignId);
        Map<String, Object> params = new HashMap<>();
        String scope = access.figuresScope(c, params);
        CampaignUnit.Filter filter = new CampaignUnit.Filter(c.id, vn.safeonline.common.Search.words(q), scope, params);
        String order = page.orderBy(Map.of("name", "o.name", "code", "o.code"), "name", "o.id");
        List<CampaignUnit> units = filter.list(order, page.page - 1, page.size);
        return new PageResponse<>(units.stream().map(CampaignUnitService::view).toList(), page.page, page.size, filter.count());
    }

    @Transactional
    public AddUnitsResult add(long campaignId, AddUnits request) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        List<String> types = request.organizationTypes() == null ? List.of() : request.organizationTypes().stream().map(Enum::name).toList();
        List<Long> ids = request.organizationIds() == null ? List.of() : request.organizationIds();
        if (types.isEmpty() && ids.isEmpty()) throw ApiException.field("organizationTypes", "Required", "Chọn loại đơn vị hoặc danh sách đơn vị");
        if (!ids.isEmpty() && CampaignUnit.countOrganizationsInTenant(ids, c.tenantId) != ids.stream().distinct().count()) {
            throw ApiException.unprocessable("organizationIds", "UnknownOrganization", "Có đơn vị không thuộc thành phố này");
        }
        int added = CampaignUnit.addAll(c.id, c.tenantId, types, ids);
        long units = CampaignUnit.count("campaignId", c.id);
        audit.record("ADD_UNITS", "campaign", c.id, null, Map.of("types", types, "ids", ids, "added", added));
        return new AddUnitsResult(added, units);
    }

    @Transactional
    public UnitView setHeadcounts(long campaignId, long organizationId, Headcounts input) {
        Campaign c = access.find(campaignId);
        CampaignUnit u = CampaignUnit.withOrganization(c.id, organizationId)
                .orElseThrow(() -> ApiException.notFound("Đơn vị trong chiến dịch", organizationId));
        if (!access.mayReportFor(c, u.organization)) throw ApiException.forbidden("Chỉ đơn vị đó hoặc cơ quan điều phối chiến dịch cập nhật quân số");
        u.officers = input.officers();
        u.pupils = input.pupils();
        u.students = input.students();
        u.teachers = input.teachers();
        if (input.parents() != null) u.parents = input.parents();
        audit.record("SET_HEADCOUNTS", "campaign_unit", u.organizationId, null, input);
        return view(u);
    }

    private static UnitView view(CampaignUnit u) {
        return new UnitView(OrgRef.of(u.organization), u.officers, u.pupils, u.students, u.teachers, u.parents);
    }

    /** Headcounts from a spreadsheet (null: none was sent): all or nothing, the bad rows listed with their reasons. */
    @Transactional
    public HeadcountImportResult importHeadcounts(long campaignId, Path upload, String fileName) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        if (upload == null) throw ApiException.field("file", "Required", "Chọn tệp bảng tính");
        Map<String, Long> unitIds = CampaignUnit.idsByCode(c.id);
        List<RowError> errors = new ArrayList<>();
        List<CampaignUnit.Headcount> updates = new ArrayList<>();
        try {
            if (Files.size(upload) > 5 * 1024 * 1024) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp tối đa 5 MB");
            SpreadsheetRows.Format format = SpreadsheetRows.sniff(upload, fileName);
            try (SpreadsheetRows rows = SpreadsheetRows.open(upload, format)) {
                if (!rows.hasNext()) throw new ApiException(ProblemType.UNPROCESSABLE, "Tệp không có dòng tiêu đề");
                int[] col = headerColumns(rows.next());
                int rowNumber = 1;
                while (rows.hasNext()) {
                    List<String> cells = rows.next();
                    rowNumber++;
                    if (rowNumber > MAX_HEADCOUNT_ROWS) throw new ApiException(ProblemType.UNPROCESSABLE, "Tối đa " + MAX_HEADCOUNT_ROWS + " dòng");
                    String code = cell(cells, col[0]);
                    if (code == null) continue;
                    Long unit = unitIds.get(code.toUpperCase(Locale.ROOT));
                    if (unit == null) {
                        errors.add(new RowError(rowNumber, "Mã đơn vị “" + code + "” không thuộc phạm vi chiến dịch"));
                        continue;
                    }
                    int[] u = {0, 0, 0, 0};
                    boolean ok = true;
                    for (int k = 1; k <= 4; k++) {
                        String v = cell(cells, col[k]);
                        if (v == null) continue;
                        try {
                            double d = Double.parseDouble(v.replace(".", "").replace(",", "").trim());
                            if (d < 0 || d > 1_000_000 || d != Math.floor(d)) throw new NumberFormatException();
                            u[k - 1] = (int) d;
                        } catch (NumberFormatException e) {
                            errors.add(new RowError(rowNumber, "“" + v + "” không phải số người hợp lệ"));
                            ok = false;
                        }
                    }
                    if (ok) updates.add(new CampaignUnit.Headcount(unit, u[0], u[1], u[2], u[3]));
                }
            }
        } catch (IOException e) {
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Không đọc được tệp: hãy dùng XLSX hoặc CSV");
        }
        if (!errors.isEmpty()) return new HeadcountImportResult(0, errors);
        CampaignUnit.setHeadcounts(c.id, updates); // one statement for the whole file
        audit.record("IMPORT_HEADCOUNTS", "campaign", c.id, null, Map.of("rows", updates.size()));
        return new HeadcountImportResult(updates.size(), List.of());
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
