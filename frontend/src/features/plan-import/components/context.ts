import { createContext, useContext } from 'react'
import type { PlanDraft } from '@/lib/api/types'
import type { ImportState, KnownOrg } from '../draft'

/** What every field editor of the review needs: the importer's findings, the server's errors, the way to the source. */
export interface ReviewContextValue {
  draft: PlanDraft
  /** Field indices (into draft.fields) by importer path. */
  byPath: ReadonlyMap<string, readonly number[]>
  /** The server's refusals of the last confirm, by editor path. */
  errorsAt: ReadonlyMap<string, readonly string[]>
  /** Scrolls the document to the spans that fed an editor path and flashes them. */
  reveal: (path: string) => void
  /** The editor path just reached from the document, shown briefly. */
  flashPath: string | null
  /** Names of the organisations the draft and the coordinator's picks refer to. */
  orgs: readonly KnownOrg[]
  rememberOrg: (org: KnownOrg | undefined) => void
}

export const ReviewContext = createContext<ReviewContextValue | null>(null)

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext)
  if (!value) throw new Error('useReview outside ReviewContext')
  return value
}

/** Where an editor row or value lives, for the document's links and the server's errors. */
export function pathAttributes(path: string, flashPath: string | null) {
  return {
    'data-path': path,
    style: {
      position: 'relative' as const,
      borderRadius: 6,
      transition: 'box-shadow 0.3s, background-color 0.3s',
      ...(flashPath === path ? { boxShadow: '0 0 0 3px #91caff', backgroundColor: '#e6f4ff' } : {}),
    },
  }
}

/** The id of the input that edits an editor path, for its label. */
export function inputId(path: string): string {
  return `pi-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`
}

/** Changes the review's state: every edit is a pure function of the previous state. */
export type Update = (change: (state: ImportState) => ImportState) => void
