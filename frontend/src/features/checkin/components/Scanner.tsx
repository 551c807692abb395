import { CameraOutlined, PauseCircleOutlined } from '@ant-design/icons'
import { Alert, Button, Flex } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { detectorClass } from '../barcode'

const SCAN_EVERY_MS = 250
/** The same code read again within this time is the same person still in front of the camera. */
const SAME_CODE_MS = 4_000

/** The camera's picture with a QR reader; calls onCode once per invitation shown. */
export function Scanner({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const last = useRef<{ text: string; at: number } | null>(null)
  const onCodeRef = useRef(onCode)
  const [state, setState] = useState<'idle' | 'starting' | 'running' | 'denied' | 'failed'>('idle')

  useEffect(() => {
    onCodeRef.current = onCode
  }, [onCode])

  const stop = useCallback(() => {
    clearTimeout(timer.current)
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    if (video.current) video.current.srcObject = null
  }, [])

  useEffect(() => stop, [stop])

  const start = async () => {
    const Detector = detectorClass()
    if (!Detector || !navigator.mediaDevices?.getUserMedia) return
    setState('starting')
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
      stream.current = media
      const el = video.current
      if (!el) {
        stop()
        return
      }
      el.srcObject = media
      await el.play()
      setState('running')
      const detector = new Detector({ formats: ['qr_code'] })
      const tick = async () => {
        if (!stream.current) return
        try {
          if (el.readyState >= 2) {
            const [code] = await detector.detect(el)
            const now = Date.now()
            if (code?.rawValue && (last.current?.text !== code.rawValue || now - last.current.at > SAME_CODE_MS)) {
              last.current = { text: code.rawValue, at: now }
              onCodeRef.current(code.rawValue)
            }
          }
        } catch {
          // a frame the detector could not read: try the next one
        }
        timer.current = setTimeout(() => void tick(), SCAN_EVERY_MS)
      }
      void tick()
    } catch (e) {
      stop()
      setState(e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError') ? 'denied' : 'failed')
    }
  }

  const running = state === 'running' || state === 'starting'
  return (
    <Flex vertical gap={8}>
      <video
        ref={video}
        className="door-video"
        muted
        playsInline
        aria-label={t('checkin.camera')}
        style={{ display: running ? 'block' : 'none' }}
      />
      {state === 'denied' && <Alert type="warning" showIcon title={t('checkin.cameraDenied')} />}
      {state === 'failed' && <Alert type="warning" showIcon title={t('checkin.cameraFailed')} />}
      {running ? (
        <Button
          size="large"
          block
          icon={<PauseCircleOutlined />}
          onClick={() => {
            stop()
            setState('idle')
          }}
        >
          {t('checkin.stopCamera')}
        </Button>
      ) : (
        <Button type="primary" size="large" block icon={<CameraOutlined />} onClick={() => void start()} style={{ height: 64, fontSize: 20 }}>
          {t('checkin.startCamera')}
        </Button>
      )}
    </Flex>
  )
}
