// The Barcode Detection API is not in TypeScript's DOM library yet: the little of it used here.
interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>
}
type BarcodeDetectorCtor = new (options?: { formats?: string[] }) => BarcodeDetectorLike

export function detectorClass(): BarcodeDetectorCtor | undefined {
  if (typeof window === 'undefined' || !('BarcodeDetector' in window)) return undefined
  return (window as unknown as { BarcodeDetector: BarcodeDetectorCtor }).BarcodeDetector
}

/** Whether this browser can read QR codes from the camera (Chrome on Android does; iOS Safari may not). */
export function canScan(): boolean {
  return detectorClass() !== undefined && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia
}
