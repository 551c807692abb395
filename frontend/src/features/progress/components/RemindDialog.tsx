import { useTranslation } from 'react-i18next'
import { ReminderDialog } from '@/components/ReminderDialog'
import type { OrgRef, ReminderResult } from '@/lib/api/types'
import { useSendReminders } from '../api/progress'

/** "Đôn đốc" on a plan: urges the lead organisations with unfinished tasks. */
export function RemindDialog({ planId, orgs, open, onClose, onSent }: {
  planId: number
  orgs: OrgRef[]
  open: boolean
  onClose: () => void
  onSent: (result: ReminderResult) => void
}) {
  const { t } = useTranslation()
  const send = useSendReminders(planId)
  return (
    <ReminderDialog orgs={orgs} open={open} onClose={onClose} onSent={onSent} send={send} idPrefix="remind" maxLength={1000}
      texts={{ title: t('progress.remindTitle'), intro: t('progress.remindIntro', { count: orgs.length }), placeholder: t('progress.remindMessagePlaceholder') }} />
  )
}
