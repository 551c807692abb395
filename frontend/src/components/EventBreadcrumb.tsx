import { Breadcrumb } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Event } from '@/lib/api/types'

/** Kế hoạch › 120/KH-UBND › the event › the page. */
export function EventBreadcrumb({ event, current }: { event: Pick<Event, 'id' | 'planId' | 'planReference' | 'title'> | undefined; current?: ReactNode }) {
  const { t } = useTranslation()
  const items: { title: ReactNode }[] = [{ title: <Link to="/plans">{t('nav.plans')}</Link> }]
  if (event) {
    items.push({ title: <Link to={`/plans/${event.planId}?tab=events`}>{event.planReference}</Link> })
    items.push({
      title: current ? (
        <Link to={`/events/${event.id}`}>{t('event.breadcrumb')}</Link>
      ) : (
        t('event.breadcrumb')
      ),
    })
  }
  if (current) items.push({ title: current })
  return <Breadcrumb style={{ marginBottom: 8 }} items={items} />
}
