import { useQuery } from '@tanstack/react-query'
import { Flex, Select, Spin, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@/lib/api/client'
import type { OrgRef, OrganizationType } from '@/lib/api/types'
import { useDebounced } from '@/lib/useDebounced'

interface OrgOptionItem {
  value: number
  label: string
}

type OrgOption = Pick<OrgRef, 'id' | 'name'> & Partial<Pick<OrgRef, 'code' | 'type'>>

interface BaseProps {
  id?: string
  /** Organisations already chosen, so their names show before any search. */
  known?: readonly OrgOption[]
  type?: OrganizationType
  placeholder?: string
  disabled?: boolean
  status?: '' | 'error' | 'warning'
  'aria-label'?: string
  onPicked?: (org: OrgOption | undefined) => void
}

interface SingleProps extends BaseProps {
  multiple?: false
  value?: number | null
  onChange?: (value: number | undefined) => void
}

interface MultipleProps extends BaseProps {
  multiple: true
  value?: number[]
  onChange?: (value: number[]) => void
}

/**
 * Picks organisations by name with the server's search (GET /api/organizations?q=),
 * which ignores diacritics: "so giao duc" finds "Sở Giáo dục và Đào tạo".
 */
export function OrgSelect(props: SingleProps | MultipleProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const q = useDebounced(search.trim(), 250)
  // Names of organisations picked earlier, so they still show when a later search misses them.
  const [picked, setPicked] = useState<ReadonlyMap<number, OrgOption>>(() => new Map())

  const query = useQuery({
    queryKey: ['organizations', 'pick', q, props.type ?? null],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/organizations', {
          params: { query: { q: q || undefined, type: props.type, size: 30, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
  })

  const found = query.data?.items
  const { multiple, value, known } = props
  // Option objects reach the DOM as attributes, so the type is looked up by id instead.
  const types = useMemo(() => new Map((found ?? []).map((o) => [o.id, o.type])), [found])
  const options = useMemo((): OrgOptionItem[] => {
    const byId = new Map<number, OrgOption>()
    for (const o of known ?? []) byId.set(o.id, o)
    for (const o of picked.values()) byId.set(o.id, o)
    const results = found ?? []
    const resultIds = new Set(results.map((o) => o.id))
    const selectedIds = multiple ? ((value as number[] | undefined) ?? []) : value != null ? [value as number] : []
    const selected = selectedIds
      .filter((id) => !resultIds.has(id))
      .map((id) => byId.get(id) ?? { id, name: `#${id}` })
    return [...selected, ...results].map((o) => ({ value: o.id, label: o.name }))
  }, [found, picked, known, multiple, value])

  const remember = (ids: number[]): OrgOption[] => {
    const hits = (found ?? []).filter((o) => ids.includes(o.id))
    if (hits.length > 0) {
      setPicked((prev) => {
        const next = new Map(prev)
        for (const o of hits) next.set(o.id, o)
        return next
      })
    }
    return hits
  }

  const common = {
    id: props.id,
    'aria-label': props['aria-label'],
    placeholder: props.placeholder ?? t('org.searchPlaceholder'),
    disabled: props.disabled,
    status: props.status,
    options,
    allowClear: true,
    showSearch: { onSearch: setSearch, filterOption: false as const },
    notFoundContent: query.isFetching ? <Spin size="small" /> : query.isError ? t('errors.loadFailed') : t('org.notFound'),
    onOpenChange: (open: boolean) => {
      if (!open) setSearch('')
    },
    optionRender: (option: { data: OrgOptionItem }) => {
      const type = types.get(option.data.value)
      return (
        <Flex vertical>
          <span>{option.data.label}</span>
          {type && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`enums.organizationType.${type}`)}
            </Typography.Text>
          )}
        </Flex>
      )
    },
    style: { width: '100%' },
  }

  if (props.multiple) {
    return (
      <Select<number[], OrgOptionItem>
        {...common}
        mode="multiple"
        value={props.value ?? []}
        onChange={(v) => {
          remember(v ?? [])
          props.onChange?.(v ?? [])
        }}
      />
    )
  }
  return (
    <Select<number, OrgOptionItem>
      {...common}
      value={props.value ?? undefined}
      onChange={(v) => {
        const [hit] = v == null ? [] : remember([v])
        props.onChange?.(v ?? undefined)
        props.onPicked?.(hit)
      }}
    />
  )
}
