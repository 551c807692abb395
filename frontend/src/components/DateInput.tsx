import { DatePicker, type DatePickerProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { DATE_FORMAT } from '@/lib/format'

/** A date picker that reads and writes dd/MM/yyyy. */
export function DateInput(props: DatePickerProps) {
  const { t } = useTranslation()
  return <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} style={{ width: '100%' }} {...props} />
}
