import { SearchOutlined } from '@ant-design/icons'
import { Card, Checkbox, Col, Flex, Input, Row, Segmented, Select, Tag, Typography, type TableProps } from 'antd'
import { useMemo, useRef, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { EventBreadcrumb } from '@/components/EventBreadcrumb'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState } from '@/components/States'
import { AttendeeStatusTag } from '@/components/StatusTag'
import type { Attendee, AttendeeStatus, EventAttendeeQuery, OrgRef, InviteeCategory } from '@/lib/api/types'
import { formatTime } from '@/lib/format'
import { ATTENDEE_STATUSES } from '@/lib/status'
import { useEvent, useEventQuotas } from '@/lib/queries/events'
import { useEventAttendees } from '../api/attendees'
import { AttendeeDownloads, InvitationLinks } from '../components/AttendeeDownloads'
import { DuplicateActions } from '../components/DuplicateActions'
import { DuplicateTag, MaskedText } from '../components/QuotaAttendeeList'
import { attendeeDetails } from '../utils'

const SORTS = ['protocol', 'name', 'createdAt'] as const
type Sort = (typeof SORTS)[number]
const PAGE_SIZES = [20, 50, 100]

function num(v: string | null): number | undefined {
  const n = v ? Number(v) : NaN
  return Number.isFinite(n) && n > 0 ? n : undefined
}

/** The filters live in the address, so a filtered list can be shared and survives a reload. */
function useListParams() {
  const [params, setParams] = useSearchParams()
  const status = params.get('status')
  const sort = params.get('sort')
  const query: EventAttendeeQuery = {
    organization: num(params.get('organization')),
    category: num(params.get('category')),
    venue: num(params.get('venue')),
    status: ATTENDEE_STATUSES.includes(status as AttendeeStatus) ? (status as AttendeeStatus) : undefined,
    q: params.get('q') || undefined,
    duplicates: params.get('duplicates') === 'true' ? true : undefined,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'protocol',
    page: num(params.get('page')) ?? 1,
    size: PAGE_SIZES.includes(num(params.get('size')) ?? 0) ? num(params.get('size')) : 20,
  }
  const update = (patch: Partial<EventAttendeeQuery>) => {
    const next = { ...query, page: 1, ...patch }
    const out = new URLSearchParams()
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '' || (k === 'sort' && v === 'protocol') || (k === 'page' && v === 1) || (k === 'size' && v === 20)) continue
      out.set(k, String(v))
    }
    setParams(out, { replace: true })
  }
  return { query, update }
}

/**
 * The consolidated list of an event: every agency's delegates for the organisers and the receiving
 * agency (the caller's own for an agency), in protocol order, filtered, searched without
 * diacritics, exported for the hall.
 */
export function EventAttendeesPage() {
  const { t } = useTranslation()
  const { eventId } = useParams()
  const id = Number(eventId)
  const event = useEvent(id)
  const quotas = useEventQuotas(id)
  const { query, update } = useListParams()
  const list = useEventAttendees(id, query)
  const [search, setSearch] = useState(query.q ?? '')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Typing searches after a pause; Enter searches at once.
  const searchFor = (value: string, delay: number) => {
    setSearch(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => update({ q: value.trim() || undefined }), delay)
  }

  const { organizations, categories } = useMemo(() => {
    const orgs = new Map<number, OrgRef>()
    const cats = new Map<number, InviteeCategory>()
    for (const q of quotas.data?.items ?? []) {
      orgs.set(q.owner.id, q.owner)
      cats.set(q.category.id, q.category)
    }
    return {
      organizations: [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      categories: [...cats.values()].sort((a, b) => a.protocolRank - b.protocolRank),
    }
  }, [quotas.data])

  const page = query.page ?? 1
  const size = query.size ?? 20
  const columns: TableProps<Attendee>['columns'] = [
    {
      title: t('attendees.order'),
      key: 'order',
      width: 56,
      render: (_, __, i) => (page - 1) * size + i + 1,
    },
    {
      title: t('attendee.fullName'),
      key: 'name',
      render: (_, a) => (
        <Flex vertical gap={2} style={{ minWidth: 160 }}>
          <Typography.Text strong data-testid="attendee-name">
            {a.fullName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {attendeeDetails(t, a)}
          </Typography.Text>
          <Flex gap={4} wrap>
            <DuplicateTag attendee={a} />
            {a.personalDataMasked && <Tag>{t('attendee.maskedTag')}</Tag>}
          </Flex>
          {event.data?.canManage && <DuplicateActions attendee={a} />}
        </Flex>
      ),
    },
    {
      title: t('attendees.organization'),
      key: 'organization',
      render: (_, a) => <span style={{ display: 'inline-block', minWidth: 140 }}>{a.organization.name}</span>,
    },
    { title: t('quota.category'), key: 'category', render: (_, a) => a.category.name },
    {
      title: t('attendee.phone'),
      key: 'phone',
      width: 130,
      render: (_, a) => <MaskedText value={a.phone} masked={a.personalDataMasked} />,
    },
    { title: t('attendee.venue'), key: 'venue', responsive: ['lg'], render: (_, a) => a.venueName ?? t('common.none') },
    {
      title: t('attendee.status'),
      key: 'status',
      width: 140,
      render: (_, a) => (
        <Flex vertical gap={2} align="flex-start">
          <AttendeeStatusTag status={a.status} />
          {a.checkedInAt && (
            <Typography.Text type="success" style={{ fontSize: 12 }}>
              {t('attendee.checkedInAt', { time: formatTime(a.checkedInAt) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('attendees.invitation'),
      key: 'invitation',
      width: 120,
      render: (_, a) => <InvitationLinks attendee={a} />,
    },
  ]

  return (
    <>
      <EventBreadcrumb event={event.data} current={t('attendees.title')} />
      <PageTitle
        title={t('attendees.title')}
        sub={event.data && <Typography.Text type="secondary">{event.data.title}</Typography.Text>}
        extra={<AttendeeDownloads eventId={id} query={query} disabled={!list.data || list.data.total === 0} />}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={8}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              value={search}
              onChange={(e) => searchFor(e.target.value, 350)}
              onPressEnter={() => searchFor(search, 0)}
              placeholder={t('attendees.searchPlaceholder')}
              aria-label={t('attendees.search')}
            />
          </Col>
          <Col xs={24} sm={12} md={12} xl={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('attendees.allOrganizations')}
              aria-label={t('attendees.organizationFilter')}
              value={query.organization}
              onChange={(v) => update({ organization: v ?? undefined })}
              options={organizations.map((o) => ({ value: o.id, label: o.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Col>
          <Col xs={24} sm={12} md={8} xl={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('attendees.allCategories')}
              aria-label={t('attendees.categoryFilter')}
              value={query.category}
              onChange={(v) => update({ category: v ?? undefined })}
              options={categories.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Col>
          <Col xs={24} sm={12} md={8} xl={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('attendees.allVenues')}
              aria-label={t('attendees.venueFilter')}
              value={query.venue}
              onChange={(v) => update({ venue: v ?? undefined })}
              options={(event.data?.venues ?? []).map((v) => ({ value: v.id, label: v.name }))}
            />
          </Col>
          <Col xs={24} sm={12} md={8} xl={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('attendees.allStatuses')}
              aria-label={t('attendees.statusFilter')}
              value={query.status}
              onChange={(v) => update({ status: v ?? undefined })}
              options={ATTENDEE_STATUSES.map((s) => ({ value: s, label: t(`enums.attendeeStatus.${s}`) }))}
            />
          </Col>
        </Row>
        <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('attendees.sortBy')}</Typography.Text>
          <Segmented<Sort>
            size="small"
            value={(query.sort as Sort) ?? 'protocol'}
            onChange={(s) => update({ sort: s })}
            options={SORTS.map((s) => ({ value: s, label: t(`attendees.sort.${s}`) }))}
          />
          <Checkbox
            checked={query.duplicates === true}
            onChange={(e) => update({ duplicates: e.target.checked || undefined })}
            data-testid="filter-duplicates"
          >
            {t('attendees.onlyDuplicates')}
          </Checkbox>
        </Flex>
      </Card>
      <Card styles={{ body: { padding: list.isError ? undefined : 0 } }}>
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <ResponsiveTable<Attendee>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
            scroll={{ x: 960 }}
            onRow={(a) => ({ 'data-testid': `attendee-${a.id}` }) as HTMLAttributes<HTMLElement>}
            pagination={{
              current: page,
              pageSize: size,
              total: list.data?.total ?? 0,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (p, s) => update({ page: s !== size ? 1 : p, size: s }),
            }}
            locale={{
              emptyText: list.isPending ? ' ' : (
                <EmptyState
                  description={
                    query.q || query.organization || query.category || query.venue || query.status || query.duplicates
                      ? t('attendees.noMatch')
                      : t('attendees.empty')
                  }
                />
              ),
            }}
          />
        )}
      </Card>
    </>
  )
}
