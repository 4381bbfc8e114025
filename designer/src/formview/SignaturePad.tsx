import { Button, Image, Space, Typography } from 'antd';
import { useRef } from 'react';
import { messages as m } from '../messages';

interface Props { value: string | undefined; readOnly: boolean; onChange: (v: string | undefined) => void }

/** A handwritten signature drawn with mouse, pen or finger; kept as a PNG data URL, as the server expects. */
export function SignaturePad({ value, readOnly, onChange }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  if (readOnly) return value ? <Image src={value} alt={m.signatureSaved} height={80} /> : <Typography.Text type="secondary">—</Typography.Text>;

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const c = canvas.current!;
    const r = c.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * c.width) / r.width, y: ((e.clientY - r.top) * c.height) / r.height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current!.getContext('2d')!;
    drawing.current = true;
    canvas.current!.setPointerCapture(e.pointerId);
    const p = point(e);
    ctx.lineWidth = 3; ctx.lineCap = 'round'; ctx.strokeStyle = '#1f1f1f';
    ctx.beginPath(); ctx.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = canvas.current!.getContext('2d')!;
    const p = point(e);
    ctx.lineTo(p.x, p.y); ctx.stroke();
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    const c = canvas.current!;
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
    onChange(undefined);
  };
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <canvas ref={canvas} width={420} height={140} className="gov-signature" aria-label={m.signHere} data-signature
        onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerLeave={up} />
      <Space>
        <Typography.Text type="secondary">{value ? m.signatureSaved : m.signHere}</Typography.Text>
        <Button size="small" onClick={clear}>{m.clearSignature}</Button>
      </Space>
    </Space>
  );
}
