import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, WarningFilled } from '@ant-design/icons'
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DoorResult } from '../utils'

const CLASS = { ok: 'is-ok', repeat: 'is-repeat', refused: 'is-refused' } as const

/** The big answer at the door: green to let in, amber for a second pass, red with the reason. */
export function ResultCard({ result }: { result: DoorResult }) {
  const { t } = useTranslation()
  const Icon = result.kind === 'ok' ? CheckCircleFilled : result.kind === 'repeat' ? ExclamationCircleFilled : CloseCircleFilled
  const warning = result.kind !== 'refused' ? result.warning : undefined
  return (
    <>
    <div className={`door-result ${CLASS[result.kind]}`} role="status" aria-live="assertive" data-testid="door-result" data-kind={result.kind}>
      <div className="door-result-title">
        <Icon style={{ marginInlineEnd: 8 }} />
        {result.title}
      </div>
      {result.kind === 'refused' ? (
        result.detail && <div className="door-result-line">{result.detail}</div>
      ) : (
        <>
          <div className="door-result-name" data-testid="door-result-name">
            {result.name}
          </div>
          {result.position && <div className="door-result-line">{result.position}</div>}
          <div className="door-result-line">{result.organization}</div>
          <div className="door-result-line">{t('checkin.categoryLine', { category: result.category })}</div>
          {result.venueName && <div className="door-result-line">{t('checkin.venueLine', { venue: result.venueName })}</div>}
          {result.offline && <div className="door-result-line" data-testid="door-result-offline">{t('checkin.door.queuedLine')}</div>}
        </>
      )}
    </div>
    {warning && (
      // Next to the green: let in, but the usher must say where the delegate is seated.
      <Alert
        type="warning"
        showIcon
        icon={<WarningFilled />}
        role="alert"
        aria-live="assertive"
        data-testid="door-warning"
        className="door-warning"
        title={<span style={{ fontSize: 20, fontWeight: 600 }}>{warning}</span>}
        description={
          result.kind !== 'refused' && result.seatVenueName ? t('checkin.seatLine', { venue: result.seatVenueName }) : undefined
        }
        style={{ marginTop: 8 }}
      />
    )}
    </>
  )
}
