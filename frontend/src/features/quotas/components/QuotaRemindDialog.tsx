import { useTranslation } from 'react-i18next'
import { ReminderDialog } from '@/components/ReminderDialog'
import type { OrgRef, ReminderResult } from '@/lib/api/types'
import { useQuotaReminders } from '../api/matrix'

/** Urges the agencies whose lists are not complete yet; each gets its own figures and deadline. */
export function QuotaRemindDialog({ eventId, orgs, open, onClose, onSent }: {
  eventId: number
  orgs: OrgRef[]
  open: boolean
  onClose: () => void
  onSent: (result: ReminderResult) => void
}) {
  const { t } = useTranslation()
  const send = useQuotaReminders(eventId)
  return (
    <ReminderDialog orgs={orgs} open={open} onClose={onClose} onSent={onSent} send={send} idPrefix="quota-remind" maxLength={2000}
      texts={{ title: t('matrix.remindTitle'), intro: t('matrix.remindIntro', { count: orgs.length }), placeholder: t('matrix.remindPlaceholder') }} />
  )
}
