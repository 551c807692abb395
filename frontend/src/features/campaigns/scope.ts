import type { TFunction } from 'i18next'
import type { OrganizationType } from '@/lib/api/types'
import { ORGANIZATION_TYPES } from '@/lib/status'

/**
 * A target's scope is a set of unit kinds (empty: every unit of the campaign). The form offers the
 * sets officials name in plans ("các trường học và cơ sở giáo dục", "Công an xã, phường",
 * "xã, phường") as presets, and any other set as it is.
 */
export const SCOPE_PRESETS = {
  schools: ['SCHOOL_PRIMARY', 'SCHOOL_LOWER_SECONDARY', 'SCHOOL_UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY'],
  wardPolice: ['WARD_POLICE'],
  wards: ['WARD', 'COMMUNE'],
} as const satisfies Record<string, readonly OrganizationType[]>

export type ScopePreset = keyof typeof SCOPE_PRESETS
/** What the scope choice shows: every unit, one of the presets, or a set of one's own. */
export type ScopeChoice = 'all' | ScopePreset | 'custom'

export const SCOPE_CHOICES: readonly ScopeChoice[] = ['all', 'schools', 'wardPolice', 'wards', 'custom']

/** The kinds in the order of the enum, without repeats, whatever order they were picked in. */
export function normalizeUnitTypes(types: readonly OrganizationType[] | null | undefined): OrganizationType[] {
  const set = new Set(types ?? [])
  return ORGANIZATION_TYPES.filter((o) => set.has(o))
}

/** The unit kinds a choice stands for; 'custom' keeps the kinds already picked. */
export function unitTypesOf(choice: ScopeChoice, current: readonly OrganizationType[] = []): OrganizationType[] {
  if (choice === 'all') return []
  if (choice === 'custom') return normalizeUnitTypes(current)
  return normalizeUnitTypes(SCOPE_PRESETS[choice])
}

/** Which choice a set of kinds is: [] → all, the exact set of a preset → that preset, else custom. */
export function choiceOf(types: readonly OrganizationType[] | null | undefined): ScopeChoice {
  const picked = normalizeUnitTypes(types)
  if (picked.length === 0) return 'all'
  for (const [preset, kinds] of Object.entries(SCOPE_PRESETS) as [ScopePreset, readonly OrganizationType[]][]) {
    const own = normalizeUnitTypes(kinds)
    if (own.length === picked.length && own.every((k, i) => k === picked[i])) return preset
  }
  return 'custom'
}

/** The scope in words: "Mọi đơn vị của chiến dịch", a preset's name, or the kinds' names. */
export function scopeText(t: TFunction, types: readonly OrganizationType[] | null | undefined): string {
  const choice = choiceOf(types)
  if (choice !== 'custom') return t(`campaignTarget.scope.${choice}`)
  return normalizeUnitTypes(types)
    .map((o) => t(`enums.organizationType.${o}`))
    .join(t('campaignTarget.scope.separator'))
}
