import { Select, Spin } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDebounced } from '@/lib/useDebounced'
import { useReferralReceivers } from '../api/referrals'

/** Picks the receiving organisation among those the server lets this caller send a case to (searched without diacritics). */
export function ReceiverSelect({ id, value, onChange, status }: {
  id?: string
  value?: number
  onChange?: (value: number | undefined) => void
  status?: '' | 'error' | 'warning'
}) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const q = useDebounced(search.trim(), 250)
  const receivers = useReferralReceivers(q)
  // the chosen one keeps its name when a later search misses it
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null)
  const options = useMemo(() => {
    const found = (receivers.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} · ${t(`enums.organizationType.${o.type}`)}` }))
    if (picked && picked.value === value && !found.some((o) => o.value === picked.value)) return [picked, ...found]
    return found
  }, [receivers.data, picked, value, t])

  return (
    <Select<number>
      id={id}
      value={value}
      status={status}
      allowClear
      placeholder={t('referral.form.receiverPlaceholder')}
      options={options}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      notFoundContent={receivers.isFetching ? <Spin size="small" /> : receivers.isError ? t('errors.loadFailed') : t('org.notFound')}
      onChange={(v) => {
        setPicked(options.find((o) => o.value === v) ?? null)
        onChange?.(v ?? undefined)
      }}
      style={{ width: '100%' }}
    />
  )
}
