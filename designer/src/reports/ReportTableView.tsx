import { Tooltip } from 'antd';
import type { ReportView } from '../api/reports';
import { formatValue, headerRows } from '../model/reportGrid';
import { reportMessages as m } from './messages';

/** The report as the workbook lays it out: title, unit and period, the merged multi-level header, body rows, notes. */
export function ReportTableView({ report }: { report: ReportView }) {
  const rows = headerRows(report.header, report.headerRows);
  return (
    <div className="gov-report" data-testid="report-preview">
      <h2 className="gov-report-title">{report.title}</h2>
      <div className="gov-report-caption">
        <span>{`填报单位：${report.unitName}`}</span>
        <span>{`统计期：${report.periodLabel}　${m.issuer(report.issuer)}`}</span>
      </div>
      <div className="gov-report-scroll">
        <table className="gov-report-table">
          <thead>
            {rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((c) => (
                  <th key={c.column} rowSpan={c.rowSpan} colSpan={c.columnSpan} className={c.column === 0 ? 'gov-sticky' : undefined}
                    style={c.rowSpan === report.headerRows - c.row && c.column > 0 ? { minWidth: report.columns[c.column - 1].width * 7 } : undefined}>
                    {c.note ? <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{c.note}</span>}><span className="gov-note">{c.text}</span></Tooltip> : c.text}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {report.rows.length === 0 && <tr><td colSpan={report.columns.length + 1}>{m.noRows}</td></tr>}
            {report.rows.map((row) => (
              <tr key={`${row.kind}-${row.key}`} className={`gov-row-${row.kind}`}>
                <td className="gov-sticky" style={{ paddingLeft: 8 + Math.max(0, row.depth - 1) * 14 }}>{row.label}</td>
                {row.values.map((v, i) => <td key={i} className="gov-num">{formatValue(v, report.columns[i].format)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.notes.map((n) => <div key={n} className="gov-report-note">{m.notes}{n}</div>)}
    </div>
  );
}
