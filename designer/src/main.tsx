import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { messages as m } from './messages';

interface Summary { city: { code: string; name: string }; categories: number; items: number; routes: number; orgUnits: number; departments: number; calendarYears: number[] }
interface Category { code: string; name: string; edition: string; items: { code: string; name: string }[] }

function useJson<T>(url: string): { data?: T; error?: string } {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  useEffect(() => {
    fetch(url)
      .then(r => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${r.statusText}`))))
      .then(data => setState({ data }), (e: Error) => setState({ error: e.message }));
  }, [url]);
  return state;
}

function App() {
  const summary = useJson<Summary>('/api/definitions/summary');
  const catalog = useJson<Category[]>('/api/catalog');
  const error = summary.error ?? catalog.error;
  return (
    <main style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', maxWidth: 960, margin: '0 auto', padding: 24 }}>
      <h1>{summary.data ? `${summary.data.city.name} · ${m.title}` : m.title}</h1>
      <p style={{ color: '#555' }}>{m.subtitle}</p>
      <p style={{ background: '#fffbe6', border: '1px solid #ffe58f', padding: 12 }}>{m.underConstruction}</p>
      {error && <p role="alert" style={{ color: '#cf1322' }}>{m.loadFailed}{error}</p>}
      {!summary.data && !error && <p>{m.loading}</p>}
      {summary.data && (
        <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: 8 }}>
          {([[m.categories, summary.data.categories], [m.items, summary.data.items], [m.routes, summary.data.routes],
            [m.orgUnits, summary.data.orgUnits], [m.departments, summary.data.departments],
            [m.calendarYears, summary.data.calendarYears.join('、')]] as const).map(([label, value]) => (
            <div key={label} style={{ border: '1px solid #ddd', padding: 8 }}><dt style={{ color: '#888' }}>{label}</dt><dd style={{ margin: 0, fontSize: 20 }}>{value}</dd></div>
          ))}
        </dl>
      )}
      {catalog.data && (
        <section>
          <h2>{m.catalog}</h2>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead><tr><th align="left">{m.categories}</th><th align="left">{m.edition}</th><th align="right">{m.items}</th></tr></thead>
            <tbody>
              {catalog.data.map(c => (
                <tr key={c.code} style={{ borderTop: '1px solid #eee' }}>
                  <td>{c.code} {c.name}</td>
                  <td>{c.edition === 'local' ? m.local : c.edition}</td>
                  <td align="right">{m.itemCount(c.items.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
