import { BulbFilled, BulbOutlined, CameraOutlined, PauseCircleOutlined, PictureOutlined, SwapOutlined } from '@ant-design/icons'
import { Alert, Button, Flex } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { canScan, decodeImageFile, loadDetector } from '../barcode'

const SCAN_EVERY_MS = 250
/** The same code read again within this time is the same person still in front of the camera. */
const SAME_CODE_MS = 4_000

type TorchCapable = MediaTrackCapabilities & { torch?: boolean }

/**
 * The camera's picture with a QR reader (the browser's or the ZXing polyfill); calls onCode once per
 * invitation shown. The torch and a switch between cameras appear where the phone offers them, and a
 * photo of the card can be read instead of the live picture.
 */
export function Scanner({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const file = useRef<HTMLInputElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const last = useRef<{ text: string; at: number } | null>(null)
  const onCodeRef = useRef(onCode)
  const [state, setState] = useState<'idle' | 'starting' | 'running' | 'denied' | 'failed'>('idle')
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([])
  const [cameraId, setCameraId] = useState<string | undefined>(undefined)
  const [torch, setTorch] = useState<{ available: boolean; on: boolean }>({ available: false, on: false })
  const [photo, setPhoto] = useState<'idle' | 'reading' | 'none'>('idle')
  const camera = canScan()

  useEffect(() => {
    onCodeRef.current = onCode
  }, [onCode])

  const stop = useCallback(() => {
    clearTimeout(timer.current)
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    if (video.current) video.current.srcObject = null
    setTorch({ available: false, on: false })
  }, [])

  useEffect(() => stop, [stop])

  const start = async (deviceId?: string) => {
    if (!navigator.mediaDevices?.getUserMedia) return
    stop()
    setState('starting')
    try {
      const [reader, media] = await Promise.all([
        loadDetector(),
        navigator.mediaDevices.getUserMedia({
          video: deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: 'environment' } },
          audio: false,
        }),
      ])
      stream.current = media
      const el = video.current
      if (!el) {
        stop()
        return
      }
      el.srcObject = media
      await el.play()
      setState('running')
      const track = media.getVideoTracks()[0]
      const caps = (track?.getCapabilities?.() ?? {}) as TorchCapable
      setTorch({ available: !!caps.torch, on: false })
      setCameraId(track?.getSettings?.().deviceId ?? deviceId)
      // Labels and the full list come once the camera is allowed.
      navigator.mediaDevices
        .enumerateDevices?.()
        .then((all) => setCameras(all.filter((d) => d.kind === 'videoinput')))
        .catch(() => setCameras([]))
      const tick = async () => {
        if (!stream.current) return
        try {
          if (el.readyState >= 2) {
            const [code] = await reader.detect(el)
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

  const toggleTorch = async () => {
    const track = stream.current?.getVideoTracks()[0]
    if (!track) return
    const on = !torch.on
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] })
      setTorch({ available: true, on })
    } catch {
      setTorch({ available: false, on: false })
    }
  }

  const switchCamera = () => {
    if (cameras.length < 2) return
    const i = cameras.findIndex((c) => c.deviceId === cameraId)
    void start(cameras[(i + 1) % cameras.length].deviceId)
  }

  const readPhoto = async (file: File | undefined) => {
    if (!file) return
    setPhoto('reading')
    try {
      const text = await decodeImageFile(file)
      setPhoto(text ? 'idle' : 'none')
      if (text) onCodeRef.current(text)
    } catch {
      setPhoto('none')
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
      {running && (torch.available || cameras.length > 1) && (
        <Flex gap={8}>
          {torch.available && (
            <Button size="large" block icon={torch.on ? <BulbFilled /> : <BulbOutlined />} aria-pressed={torch.on} onClick={() => void toggleTorch()}>
              {torch.on ? t('checkin.torchOff') : t('checkin.torchOn')}
            </Button>
          )}
          {cameras.length > 1 && (
            <Button size="large" block icon={<SwapOutlined />} onClick={switchCamera}>
              {t('checkin.switchCamera')}
            </Button>
          )}
        </Flex>
      )}
      {camera &&
        (running ? (
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
          <Button type="primary" size="large" block icon={<CameraOutlined />} onClick={() => void start(cameraId)} style={{ height: 64, fontSize: 20 }}>
            {t('checkin.startCamera')}
          </Button>
        ))}
      <input
        ref={file}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-label={t('checkin.photo')}
        data-testid="door-photo"
        onChange={(e) => {
          void readPhoto(e.target.files?.[0])
          e.target.value = ''
        }}
      />
      <Button size="large" block icon={<PictureOutlined />} loading={photo === 'reading'} onClick={() => file.current?.click()}>
        {photo === 'reading' ? t('checkin.photoReading') : t('checkin.photo')}
      </Button>
      {photo === 'none' && (
        <Alert type="warning" showIcon role="alert" title={t('checkin.photoNoCode')} data-testid="door-photo-none" />
      )}
    </Flex>
  )
}
