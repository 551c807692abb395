import type { BlindEntry, Contest } from '@/lib/api/types'

/** The demo's writing contest as the API returns it, for component tests. */
export function contestFixture(over: Partial<Contest> = {}): Contest {
  return {
    id: 5,
    publicId: '5',
    campaignId: 7,
    title: 'Cuộc thi viết “An toàn trên mạng – Em nói gì?”',
    description: 'Bài viết hoặc video ngắn.',
    categories: ['ESSAY', 'VIDEO'],
    opensAt: '2025-10-20T07:00:00+07:00',
    closesAt: '2026-12-31T17:00:00+07:00',
    open: true,
    judgesPerEntry: 2,
    criteria: [
      { id: 11, name: 'Nội dung, thông điệp', weight: 40, maxScore: 10 },
      { id: 12, name: 'Sáng tạo', weight: 30, maxScore: 10 },
      { id: 13, name: 'Trình bày, thẩm mỹ', weight: 30, maxScore: 10 },
    ],
    entries: 4,
    eligibleEntries: 3,
    canManage: false,
    isJudge: false,
    version: 3,
    ...over,
  }
}

export function blindEntry(id: number, over: Partial<BlindEntry> = {}): BlindEntry {
  return {
    id,
    category: 'ESSAY',
    grade: 11,
    title: `Em nói “không” với người lạ trên mạng – bài ${id}`,
    workUrl: `https://drive.example.vn/cuoc-thi/5/${id}`,
    myScores: [],
    complete: false,
    ...over,
  }
}
