import type { Dayjs } from 'dayjs'
import type { Campaign, CampaignInput } from '@/lib/api/types'
import { fromApiDate, toApiDate } from '@/lib/format'

export interface CampaignFormValues {
  name: string
  slogans: string[]
  hashtags: string[]
  startsOn?: Dayjs
  endsOn?: Dayjs
  organisers?: string
  directAudience?: string
  indirectAudience?: string
  /** One message per line. */
  keyMessages?: string
  trailerUrl?: string
  materials: { title: string; url: string }[]
  /** One template per line. */
  pledgeTemplates?: string
}

export const emptyCampaignValues: CampaignFormValues = { name: '', slogans: [], hashtags: [], materials: [] }

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** "khongmotminh", "#khongmotminh " → "#khongmotminh"; empty ones dropped, each once. */
export function normaliseHashtags(tags: string[]): string[] {
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, '')
    if (tag && !out.includes(`#${tag}`)) out.push(`#${tag}`)
  }
  return out
}

export function campaignToValues(c: Campaign): CampaignFormValues {
  return {
    name: c.name,
    slogans: c.slogans ?? [],
    hashtags: c.hashtags ?? [],
    startsOn: fromApiDate(c.startsOn),
    endsOn: fromApiDate(c.endsOn),
    organisers: c.organisers ?? undefined,
    directAudience: c.directAudience ?? undefined,
    indirectAudience: c.indirectAudience ?? undefined,
    keyMessages: (c.keyMessages ?? []).join('\n'),
    trailerUrl: c.trailerUrl ?? undefined,
    materials: (c.materials ?? []).map((m) => ({ title: m.title, url: m.url })),
    pledgeTemplates: (c.pledgeTemplates ?? []).join('\n'),
  }
}

export function valuesToCampaignInput(v: CampaignFormValues): CampaignInput {
  return {
    name: v.name.trim(),
    slogans: (v.slogans ?? []).map((s) => s.trim()).filter(Boolean),
    hashtags: normaliseHashtags(v.hashtags ?? []),
    startsOn: toApiDate(v.startsOn) ?? '',
    endsOn: toApiDate(v.endsOn) ?? '',
    organisers: v.organisers?.trim() || undefined,
    directAudience: v.directAudience?.trim() || undefined,
    indirectAudience: v.indirectAudience?.trim() || undefined,
    keyMessages: lines(v.keyMessages),
    trailerUrl: v.trailerUrl?.trim() || undefined,
    materials: (v.materials ?? [])
      .map((m) => ({ title: (m.title ?? '').trim(), url: (m.url ?? '').trim() }))
      .filter((m) => m.title || m.url),
    pledgeTemplates: lines(v.pledgeTemplates),
  }
}

