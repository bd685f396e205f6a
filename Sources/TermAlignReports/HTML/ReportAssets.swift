/// The HTML report's style sheet and script: the page's only unescaped content, written here.
enum ReportAssets {
    /// Fonts that cover Cyrillic and CJK on Linux, macOS and Windows; terms in their concept's hue;
    /// visible keyboard focus; a print layout without the controls.
    static let style = HTMLAsset("""
        :root{--ink:#1b1b1b;--muted:#555;--line:#c9c9c9;--paper:#fff;--head:#f3f4f6;--focus:#1a4fd6}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:1600px;padding:0 1.25rem 3rem;color:var(--ink);background:var(--paper);line-height:1.55;
        font-family:system-ui,"Noto Sans","DejaVu Sans","Segoe UI","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif}
        :lang(zh){font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei","Noto Sans",sans-serif}
        h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
        a{color:#0b4aa2}a:focus-visible,mark:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem}
        table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
        thead th{background:var(--head)}caption{text-align:left;color:var(--muted);padding:.25rem 0}
        table.documents td.number{text-align:right;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;font-size:.85em;font-weight:600}
        .sev-error .badge,.badge.sev-error{background:#fde0e0;color:#7a0010}
        .sev-warning .badge,.badge.sev-warning{background:#fff0c2;color:#5c4100}
        .sev-info .badge,.badge.sev-info{background:#dceeff;color:#0b3a6b}
        ul.warnings{background:#fff6dd;border-left:4px solid #b88400;padding:.5rem 1rem .5rem 2rem}
        fieldset.filters{border:1px solid var(--line);display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
        ol.finding-list{padding:0 .5rem 0 0;list-style:none;max-height:45vh;overflow-y:auto;border-bottom:1px solid var(--line)}
        li.finding{border-left:4px solid var(--line);padding:.25rem .75rem;margin:.5rem 0}
        li.sev-error{border-color:#b00020}li.sev-warning{border-color:#b88400}li.sev-info{border-color:#2f74c0}
        li.finding p.message{margin:.2rem 0}details summary{cursor:pointer;color:var(--muted);font-size:.9em}ul.evidence{margin:.2rem 0;padding-left:1.25rem;color:var(--muted)}
        ul.evidence q{color:var(--ink)}.where{font-variant-numeric:tabular-nums}
        table.aligned{width:100%;table-layout:fixed}table.aligned col.segment-column{width:5.5rem}
        table.aligned thead th{position:sticky;top:0;z-index:1}
        table.aligned th small{display:block;color:var(--muted);font-weight:normal}
        td.text{white-space:pre-wrap;overflow-wrap:anywhere}td.gap{color:var(--muted);text-align:center;background:#fafafa}
        tr.has-findings>th{border-left:4px solid #b88400}
        tr.inline-findings>td{background:#fbfbf8;font-size:.92em}tr.inline-findings ul{margin:0;padding:0;list-style:none}
        tr.inline-findings li.finding{margin:.15rem 0}
        mark{color:inherit}
        mark.term{background:hsl(var(--hue,210) 85% 88%);border-bottom:2px solid hsl(var(--hue,210) 60% 35%);border-radius:2px;cursor:pointer;padding:0 1px}
        span.term{background:hsl(var(--hue,210) 85% 88%);border-bottom:2px solid hsl(var(--hue,210) 60% 35%);padding:0 .2rem;font-family:ui-monospace,monospace}
        mark.term.flagged{border-bottom-width:3px;border-bottom-style:double}
        mark.evidence{background:none;outline:2px dashed #b00020;outline-offset:1px}
        mark.evidence.sev-warning{outline-color:#b88400}mark.evidence.sev-info{outline:1px dotted #2f74c0}
        dl.concepts dt{margin-top:.75rem;font-weight:600}dl.concepts dd{margin-left:1.5rem}dl.concepts p{margin:.2rem 0}
        ul.terms{margin:.2rem 0;padding-left:1.25rem;columns:2}ul.terms small{color:var(--muted)}
        #inspector{position:fixed;right:1rem;bottom:1rem;max-width:32rem;background:#fff;border:2px solid var(--focus);
        border-radius:.5rem;padding:.75rem 1rem;box-shadow:0 4px 18px rgba(0,0,0,.2);white-space:pre-wrap;z-index:2}
        [hidden]{display:none!important}
        @media print{.skip,#filters,#inspector{display:none!important}body{max-width:none;padding:0;font-size:10pt}
        table.aligned thead th{position:static}ol.finding-list{max-height:none;overflow:visible}tr{break-inside:avoid}
        mark,span.term,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}

        """)

    /// Filters the findings by kind and severity, hides rows without shown findings on request, and
    /// shows a selected term's details. Everything it shows is read from the page as text (no HTML is
    /// parsed from data).
    static let script = HTMLAsset("""

        (function () {
          "use strict";
          var rank = { info: 0, warning: 1, error: 2 };
          var filters = document.getElementById("filters");
          var shown = document.getElementById("shown");
          function apply() {
            var kinds = {};
            filters.querySelectorAll("input[name=kind]").forEach(function (box) { kinds[box.value] = box.checked; });
            var least = rank[filters.querySelector("select[name=severity]").value];
            var visible = 0, total = 0;
            document.querySelectorAll("li.finding").forEach(function (item) {
              var show = kinds[item.dataset.kind] && rank[item.dataset.severity] >= least;
              item.hidden = !show;
              if (item.id) { total += 1; if (show) { visible += 1; } }
            });
            var onlyRows = filters.querySelector("input[name=rows]").checked;
            document.querySelectorAll("tr.inline-findings").forEach(function (row) {
              var any = row.querySelector("li.finding:not([hidden])") !== null;
              row.hidden = !any;
              var segment = document.getElementById(row.dataset.segment);
              if (segment) { segment.classList.toggle("has-findings", any); }
            });
            document.querySelectorAll("tr.segment").forEach(function (row) {
              row.hidden = onlyRows && !row.classList.contains("has-findings");
            });
            shown.textContent = visible + " of " + total + " shown";
          }
          if (filters) {
            filters.hidden = false;
            filters.addEventListener("change", apply);
          }
          var inspector = document.getElementById("inspector");
          function line(text, tag) {
            var element = document.createElement(tag || "p");
            element.textContent = text;
            inspector.appendChild(element);
            return element;
          }
          function link(href, text) {
            var anchor = document.createElement("a");
            anchor.href = href;
            anchor.textContent = text;
            inspector.appendChild(anchor);
            inspector.appendChild(document.createTextNode(" "));
          }
          function inspect(mark) {
            inspector.textContent = "";
            line(mark.textContent, "strong");
            line(mark.title);
            (mark.dataset.concepts || "").split(" ").forEach(function (id) { if (id) { link("#" + id, "concept"); } });
            (mark.dataset.findings || "").split(" ").forEach(function (id) { if (id) { link("#" + id, id); } });
            inspector.hidden = false;
          }
          document.addEventListener("click", function (event) {
            var mark = event.target.closest("mark.term");
            if (mark) { inspect(mark); } else if (!event.target.closest("#inspector")) { inspector.hidden = true; }
          });
          window.addEventListener("beforeprint", function () {
            document.querySelectorAll("details").forEach(function (details) { details.open = true; });
          });
          document.addEventListener("keydown", function (event) {
            var mark = event.target.closest && event.target.closest("mark.term");
            if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); inspect(mark); }
            if (event.key === "Escape") { inspector.hidden = true; }
          });
        })();

        """)
}
