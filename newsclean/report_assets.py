"""The report's inline style and script (static text: no page data ever goes in them)."""
from __future__ import annotations

import base64
import hashlib

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 60em; padding: 1em 2em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: .2em; }
h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
.input { color: #666; margin-top: 0; }
table.meta { border-collapse: collapse; width: 100%; }
table.meta th, table.meta td { text-align: left; vertical-align: top; padding: .25em .6em; border-bottom: 1px solid #eee; }
table.meta td.value { overflow-wrap: anywhere; }
.none { color: #999; font-style: italic; }
#filter { border: 1px solid #ddd; padding: .5em 1em; }
#filter label { display: inline-block; margin: .15em 1.2em .15em 0; white-space: nowrap; }
#filter .count { color: #666; }
ol#blocks { list-style: none; padding: 0; }
ol#blocks > li { margin: .35em 0; padding: .3em .6em; border-left: 4px solid #4a8; background: #f6fbf8; }
ol#blocks > li.removed { border-left-color: #c55; background: #fbf4f4; color: #777; }
ol#blocks > li.removed del { text-decoration-color: #c55; }
.tag { display: inline-block; font-size: .78em; padding: 0 .45em; margin-right: .5em; border-radius: 3px;
       background: #dfeee6; color: #275; font-family: ui-monospace, monospace; }
.removed .tag { background: #f3dcdc; color: #933; }
.reason { font-size: .85em; color: #933; margin-right: .5em; }
li.heading .text { font-weight: bold; }
li.d1 { margin-left: 1.5em !important; } li.d2 { margin-left: 3em !important; } li.d3 { margin-left: 4.5em !important; }
pre { margin: .2em 0; white-space: pre-wrap; }
.cell { border-right: 1px solid #bbb; padding: 0 .5em; } .cell:last-child { border-right: 0; }
"""

# Shows or hides blocks by the filter's checkboxes. A URL fragment "#hide=a,b" starts
# with those cleaners unchecked (a filtered view can be linked to, and tested).
SCRIPT = """
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filter input[type=checkbox]"));
  var blocks = Array.prototype.slice.call(document.querySelectorAll("#blocks > li"));
  function apply() {
    var shown = new Set();
    boxes.forEach(function (box) { if (box.checked) shown.add(box.getAttribute("data-filter")); });
    blocks.forEach(function (block) { block.hidden = !shown.has(block.getAttribute("data-filter")); });
  }
  var hide = /^#hide=(.*)$/.exec(location.hash);
  if (hide) {
    var names = decodeURIComponent(hide[1]).split(",");
    boxes.forEach(function (box) { if (names.indexOf(box.getAttribute("data-filter")) >= 0) box.checked = false; });
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();
})();
"""


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


# Nothing may load and nothing but this style and this script may run: even if page
# text ever got past the escaping, a browser would refuse its markup's scripts,
# styles and fetches.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
    "img-src 'none'; form-action 'none'; base-uri 'none'"
)
