import { Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { formatDate, formatPercent } from '@/lib/format'
import { labelEvery, weeklyBars, yOf, type WeekPoint } from '../chart'

const DAY_MONTH = 'DD/MM'
const BOX = { width: 640, height: 220, bottom: 24, left: 36 }

/** One bar per week of the campaign: the figure reached by the end of that week, and the goal. */
export function WeeklyChart({ weeks, goal }: { weeks: (WeekPoint & { unitsReached?: number })[]; goal?: number | null }) {
  const { t, i18n } = useTranslation()
  if (weeks.length === 0) return <Typography.Text type="secondary">{t('indicator.noWeeks')}</Typography.Text>
  const bars = weeklyBars(weeks, BOX)
  const every = labelEvery(weeks.length, BOX.width - BOX.left)
  const plotH = BOX.height - BOX.bottom
  return (
    <svg
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      style={{ width: '100%', maxWidth: BOX.width, height: 'auto', display: 'block' }}
      role="img"
      aria-label={t('indicator.weeklyLabel')}
      data-testid="weekly-chart"
    >
      {[0, 50, 100].map((p) => (
        <g key={p}>
          <line x1={BOX.left} x2={BOX.width} y1={yOf(p, BOX)} y2={yOf(p, BOX)} stroke="#f0f0f0" />
          <text x={BOX.left - 4} y={yOf(p, BOX) + 4} fontSize={11} textAnchor="end" fill="#595959">
            {formatPercent(p, i18n.language)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => (
        <g key={b.weekStart}>
          <rect x={b.x} y={b.y} width={b.width} height={Math.max(b.height, 1)} rx={2} fill={goal != null && b.value >= goal ? '#52c41a' : '#1d5fb4'}>
            <title>
              {t('indicator.weekTip', {
                date: formatDate(b.weekStart),
                value: formatPercent(b.value, i18n.language),
                count: weeks[i].unitsReached ?? 0,
              })}
            </title>
          </rect>
          {i % every === 0 && (
            <text x={b.x + b.width / 2} y={plotH + 16} fontSize={11} textAnchor="middle" fill="#595959">
              {dayjs(b.weekStart).format(DAY_MONTH)}
            </text>
          )}
        </g>
      ))}
      {goal != null && (
        <line x1={BOX.left} x2={BOX.width} y1={yOf(goal, BOX)} y2={yOf(goal, BOX)} stroke="#c8102e" strokeDasharray="6 4" strokeWidth={1.5}>
          <title>{t('indicator.goalLine', { value: formatPercent(goal, i18n.language) })}</title>
        </line>
      )}
    </svg>
  )
}
