import type { ExtractedField, OrgRef, PlanDraft, SourceSpan } from '@/lib/api/types'

/** A short plan in the genre of the launch-ceremony fixture, and what an importer would read from it (for tests). */
export const LINES = [
  'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
  'Số: 120/KH-UBND',
  'Cần Thơ, ngày 17 tháng 5 năm 2026',
  'KẾ HOẠCH',
  'Tổ chức Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng',
  'Căn cứ Quyết định số 468/QĐ-TTg ngày 23/3/2026 của Thủ tướng Chính phủ;',
  'II. NỘI DUNG',
  'Thời gian: 08 giờ 00 đến 11 giờ 30, ngày 29/5/2026, tại Hội trường Công an thành phố.',
  'III. PHÂN CÔNG NHIỆM VỤ',
  '1. Sở Giáo dục và Đào tạo',
  'Vận động 100% các trường tham gia; mời 50 học sinh, chậm nhất ngày 28/5/2026.',
  '2. Sở Thông tin truyền thong',
  'Mời 05 doanh nghiệp lớn; 30 KOLs.',
  'Tuyên truyền trên các nền tảng số.',
  'Nơi nhận:',
  '- Sở Tài chính;',
]

export const EDUCATION: OrgRef = { id: 10, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' }
export const FINANCE: OrgRef = { id: 12, code: 'SO-TC', name: 'Sở Tài chính', type: 'DEPARTMENT' }
export const POLICE: OrgRef = { id: 16, code: 'CA-TP', name: 'Công an thành phố Cần Thơ', type: 'POLICE' }
export const SCIENCE: OrgRef = { id: 21, code: 'SO-KHCN', name: 'Sở Khoa học và Công nghệ', type: 'DEPARTMENT' }
export const CULTURE: OrgRef = { id: 22, code: 'SO-VHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', type: 'DEPARTMENT' }

/** The span of `needle` (its `nth` occurrence) on a line. */
export function spanOf(line: number, needle: string, nth = 0): SourceSpan {
  let start = -1
  for (let i = 0; i <= nth; i++) start = LINES[line].indexOf(needle, start + 1)
  if (start < 0) throw new Error(`"${needle}" is not on line ${line}`)
  return { line, start, endLine: line, end: start + needle.length }
}

function found(path: string, label: string, value: string, source: SourceSpan, confidence: number): ExtractedField {
  const text = LINES[source.line].slice(source.start, source.end)
  return { path, label, value, text, source, confidence, status: 'FOUND' }
}

export function sampleDraft(): PlanDraft {
  return {
    sourceKind: 'DOCX',
    lines: [...LINES],
    plan: {
      number: '120',
      symbol: 'KH-UBND',
      place: 'Cần Thơ',
      issueDate: '2026-05-17',
      title: 'Tổ chức Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng',
      legalBases: [{ kind: 'Quyết định', number: '468/QĐ-TTg', date: '2026-03-23', issuer: 'Thủ tướng Chính phủ' }],
      contentSections: [],
      recipients: [{ organizationId: 12, label: 'Sở Tài chính' }],
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
    },
    tasks: [
      {
        label: 'III.1',
        leadOrganizationId: 10,
        cooperatingOrganizationIds: [],
        text: 'Vận động 100% các trường tham gia; mời 50 học sinh, chậm nhất ngày 28/5/2026.',
        dueDate: '2026-05-28',
        target: { kind: 'PERCENT', value: 100, unit: 'các trường' },
      },
      { label: 'III.2', cooperatingOrganizationIds: [], text: 'Mời 05 doanh nghiệp lớn; 30 KOLs.', dueDate: '2026-05-28' },
      { label: 'III.2', cooperatingOrganizationIds: [], text: 'Tuyên truyền trên các nền tảng số.' },
    ],
    events: [
      {
        title: 'Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng',
        startsAt: '2026-05-29T08:00:00+07:00',
        endsAt: '2026-05-29T11:30:00+07:00',
        format: 'LIVE_RELAY',
        expectedAttendance: 275,
        venues: [{ name: 'Hội trường Công an thành phố', main: true }],
      },
    ],
    quotas: [
      {
        eventIndex: 0,
        taskIndex: 0,
        ownerOrganizationId: 10,
        categoryId: 8,
        categoryCode: 'STUDENT',
        categoryName: 'Học sinh, trẻ em',
        count: 50,
        deadline: '2026-05-28T23:59:59+07:00',
        phrase: '50 học sinh',
      },
      { eventIndex: 0, taskIndex: 1, categoryId: 11, categoryCode: 'ENTERPRISE', categoryName: 'Doanh nghiệp lớn', count: 5, deadline: '2026-05-28T23:59:59+07:00', phrase: '05 doanh nghiệp lớn' },
      { eventIndex: 0, taskIndex: 1, categoryId: 12, categoryCode: 'INFLUENCER', categoryName: 'KOL, quản trị viên hội nhóm, diễn đàn', count: 30, deadline: '2026-05-28T23:59:59+07:00', phrase: '30 KOLs' },
    ],
    fields: [
      found('issuer', 'Cơ quan ban hành', 'Ủy ban nhân dân thành phố Cần Thơ', spanOf(0, LINES[0]), 0.9),
      found('plan.number', 'Số', '120', spanOf(1, '120'), 0.95),
      found('plan.symbol', 'Ký hiệu', 'KH-UBND', spanOf(1, 'KH-UBND'), 0.95),
      found('plan.place', 'Địa danh', 'Cần Thơ', spanOf(2, 'Cần Thơ'), 0.9),
      found('plan.issueDate', 'Ngày ban hành', '2026-05-17', spanOf(2, 'ngày 17 tháng 5 năm 2026'), 0.7),
      found('plan.title', 'Trích yếu', LINES[4], spanOf(4, LINES[4]), 0.9),
      found('plan.legalBases[0].number', 'Căn cứ: Quyết định', '468/QĐ-TTg', spanOf(5, '468/QĐ-TTg'), 0.9),
      found('events[0].startsAt', 'Giờ bắt đầu', '08:00', spanOf(7, '08 giờ 00'), 0.85),
      found('events[0].endsAt', 'Giờ kết thúc', '11:30', spanOf(7, '11 giờ 30'), 0.85),
      found('events[0].venues[0].name', 'Địa điểm', 'Hội trường Công an thành phố', spanOf(7, 'Hội trường Công an thành phố'), 0.85),
      found('tasks[0].leadOrganizationId', 'Cơ quan chủ trì (III.1)', 'Sở Giáo dục và Đào tạo', spanOf(9, 'Sở Giáo dục và Đào tạo'), 0.97),
      found('tasks[0].text', 'Nhiệm vụ III.1', LINES[10], spanOf(10, LINES[10]), 0.85),
      found('tasks[0].target', 'Chỉ tiêu %', '100% các trường', spanOf(10, '100% các trường'), 0.8),
      found('quotas[0]', 'Chỉ tiêu mời: Học sinh, trẻ em', '50 × Học sinh, trẻ em', spanOf(10, '50 học sinh'), 0.85),
      found('tasks[0].dueDate', 'Thời hạn', '2026-05-28', spanOf(10, 'chậm nhất ngày 28/5/2026'), 0.9),
      found('quotas[].deadline', 'Hạn gửi danh sách', '2026-05-28', spanOf(10, '28/5/2026'), 0.9),
      {
        path: 'tasks[1].leadOrganizationId',
        label: 'Cơ quan chủ trì (III.2)',
        text: 'Sở Thông tin truyền thong',
        source: spanOf(11, 'Sở Thông tin truyền thong'),
        confidence: 0.55,
        status: 'UNKNOWN_ORGANIZATION',
        suggestions: [SCIENCE, CULTURE],
      },
      found('tasks[1].text', 'Nhiệm vụ III.2', LINES[12], spanOf(12, LINES[12]), 0.85),
      found('quotas[1]', 'Chỉ tiêu mời: Doanh nghiệp lớn', '5 × Doanh nghiệp lớn', spanOf(12, '05 doanh nghiệp lớn'), 0.85),
      found('quotas[2]', 'Chỉ tiêu mời: KOL, quản trị viên hội nhóm, diễn đàn', '30 × KOL, quản trị viên hội nhóm, diễn đàn', spanOf(12, '30 KOLs'), 0.85),
      found('tasks[2].text', 'Nhiệm vụ III.2', LINES[13], spanOf(13, LINES[13]), 0.6),
      found('plan.recipients[0]', 'Nơi nhận', 'Sở Tài chính', spanOf(15, 'Sở Tài chính'), 0.9),
      { path: 'plan.signerName', label: 'Người ký', confidence: 0, status: 'MISSING' },
    ],
    warnings: ['Không thấy họ tên người ký'],
    targets: [],
    newOrganizations: [],
  }
}
