import { CheckOutlined, CloseOutlined, LoginOutlined } from '@ant-design/icons'
import { Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import type { QuotaCell, QuotaTotals } from '@/lib/api/types'
import { cellTone, fillText, TONE_STYLE, type CellTone } from '../utils'

/** Confirmed, declined and checked-in as small figures under the fill. */
export function SmallFigures({ value }: { value: Pick<QuotaTotals, 'confirmed' | 'declined' | 'checkedIn'> }) {
  const { t } = useTranslation()
  const items = [
    { key: 'confirmed', icon: <CheckOutlined />, n: value.confirmed, label: t('matrix.confirmed') },
    { key: 'declined', icon: <CloseOutlined />, n: value.declined, label: t('matrix.declined') },
    { key: 'checkedIn', icon: <LoginOutlined />, n: value.checkedIn, label: t('matrix.checkedIn') },
  ]
  return (
    <Flex gap={8} justify="center" className="matrix-figures">
      {items.map((i) => (
        <span key={i.key} title={`${i.label}: ${i.n}`} aria-label={`${i.label}: ${i.n}`} data-testid={`figure-${i.key}`}>
          {i.icon} {i.n}
        </span>
      ))}
    </Flex>
  )
}

/** "submitted/quota" in the colour of its fill rate, with the small figures. */
export function MatrixCell({ cell, label }: { cell: QuotaCell; label: string }) {
  const { t } = useTranslation()
  const tone = cellTone(cell)
  const style = TONE_STYLE[tone]
  return (
    <div
      className="matrix-cell"
      data-testid="matrix-cell"
      data-tone={tone}
      title={`${label}: ${t(`matrix.tone.${tone}`)}`}
      style={{ background: style.bg, color: style.fg, borderColor: style.border }}
    >
      <div className="matrix-fill" data-testid="matrix-fill">
        {fillText(t, cell.submitted, cell.quota)}
      </div>
      <SmallFigures value={cell} />
    </div>
  )
}

export function ToneSwatch({ tone }: { tone: CellTone }) {
  const style = TONE_STYLE[tone]
  return <span className="matrix-swatch" style={{ background: style.bg, borderColor: style.border }} aria-hidden />
}
