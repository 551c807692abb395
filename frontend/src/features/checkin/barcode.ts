// The Barcode Detection API is not in TypeScript's DOM library yet: the little of it used here.
interface DetectedBarcode {
  rawValue: string
}
export interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>
}
type NativeDetectorCtor = (new (options?: { formats?: string[] }) => BarcodeDetectorLike) & {
  getSupportedFormats?: () => Promise<string[]>
}

function nativeDetectorClass(): NativeDetectorCtor | undefined {
  if (typeof window === 'undefined' || !('BarcodeDetector' in window)) return undefined
  return (window as unknown as { BarcodeDetector: NativeDetectorCtor }).BarcodeDetector
}

/** Whether this browser can open a camera (the QR reader itself is always there: native or the polyfill). */
export function canScan(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia
}

let detector: Promise<BarcodeDetectorLike> | null = null

/**
 * A QR reader: the browser's own BarcodeDetector when it reads QR codes (Chrome on Android), otherwise the
 * ZXing WebAssembly polyfill (iPhone Safari, Firefox, desktop Chrome on Linux/Windows), loaded only when a
 * door asks for it. Its .wasm is one of the app's own assets (precached by the service worker): never a CDN.
 */
export function loadDetector(): Promise<BarcodeDetectorLike> {
  detector ??= (async () => {
    const Native = nativeDetectorClass()
    if (Native) {
      try {
        const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code']
        if (formats.includes('qr_code')) return new Native({ formats: ['qr_code'] })
      } catch {
        // a detector that cannot list its formats: use the polyfill
      }
    }
    return loadPolyfill()
  })()
  detector.catch(() => {
    detector = null
  })
  return detector
}

/** The ZXing polyfill, whatever the browser has (the door's tests use it to read an image file). */
export async function loadPolyfill(): Promise<BarcodeDetectorLike> {
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ])
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, window.location.href).href : prefix + path),
    },
  })
  return new BarcodeDetector({ formats: ['qr_code'] })
}

/** Reads the QR code in a photo (a phone with no usable camera stream can still take a picture of the card). */
export async function decodeImageFile(file: Blob): Promise<string | undefined> {
  const reader = await loadDetector()
  const bitmap = await createImageBitmap(file)
  try {
    const [code] = await reader.detect(bitmap)
    return code?.rawValue || undefined
  } finally {
    bitmap.close()
  }
}
