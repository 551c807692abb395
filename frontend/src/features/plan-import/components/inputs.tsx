import { DatePicker } from 'antd'
import { useTranslation } from 'react-i18next'
import { DATE_FORMAT, DATE_TIME_FORMAT, fromApiDate, fromApiDateTime, toApiDate, toApiDateTime } from '@/lib/format'

/** A dd/MM/yyyy picker over the API's "YYYY-MM-DD". */
export function DayInput({ id, value, onChange }: { id?: string; value?: string; onChange: (value: string | undefined) => void }) {
  const { t } = useTranslation()
  return (
    <DatePicker
      id={id}
      format={DATE_FORMAT}
      placeholder={t('common.datePlaceholder')}
      style={{ width: '100%' }}
      value={fromApiDate(value) ?? null}
      onChange={(d) => onChange(toApiDate(d))}
    />
  )
}

/** A dd/MM/yyyy HH:mm picker over the API's OffsetDateTime. */
export function DateTimeInput({ id, value, onChange }: { id?: string; value?: string; onChange: (value: string | undefined) => void }) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format={DATE_TIME_FORMAT}
      style={{ width: '100%' }}
      value={fromApiDateTime(value) ?? null}
      onChange={(d) => onChange(toApiDateTime(d))}
    />
  )
}
