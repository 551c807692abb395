import type { Dayjs } from 'dayjs'
import type { ReportDefaults, ReportOptions } from '@/lib/api/types'
import { toApiDate } from '@/lib/format'

/** The form: the day of the figures, and the template bits (lists as one entry per line). */
export interface ReportFormValues {
  asOf?: Dayjs | null
  parentBody?: string
  issuingBody?: string
  place?: string
  number?: string
  symbol?: string
  summary?: string
  addressees?: string
  signerAuthority?: string
  signerTitle?: string
  signerName?: string
  recipients?: string
}

function lines(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
}

export function valuesOf(d: ReportDefaults): ReportFormValues {
  return {
    parentBody: d.parentBody,
    issuingBody: d.issuingBody,
    place: d.place,
    number: d.number,
    symbol: d.symbol,
    summary: d.summary,
    addressees: d.addressees.join('\n'),
    signerAuthority: d.signerAuthority.join('\n'),
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    recipients: d.recipients.join('\n'),
  }
}

/** What the request sends: a field left undefined takes the server's default, an emptied one means none. */
export function optionsOf(v: ReportFormValues): ReportOptions {
  return {
    asOf: toApiDate(v.asOf),
    parentBody: v.parentBody,
    issuingBody: v.issuingBody,
    place: v.place,
    number: v.number,
    symbol: v.symbol,
    summary: v.summary,
    addressees: lines(v.addressees),
    signerAuthority: lines(v.signerAuthority),
    signerTitle: v.signerTitle,
    signerName: v.signerName,
    recipients: lines(v.recipients),
  }
}

