// geomig corpus timeline: a month slider over routes, zones and roles (plain Leaflet, no plugin).
// data = {months: ["2023-01", ...], fade: N, popups: [HTML, ...], features: [GeoJSON Feature with
// properties {role, color, fill, dash, months, popup (a number in popups)}]}: each in its kind's
// colours, as on the map's own
// layers (a zone's control, a leg's mode). A feature appears in its first month, is drawn solid in
// the months it is supported, and fades over `fade` months after its last support.
// While it is on, the map's own layers are dimmed (their panes, if the page has them) so
// the month's picture stands out; the time layer has a pane above them.
function geomigTimeline(map, data) {
  var months = data.months, index = {}, layer = L.layerGroup(), playing = null;
  var DIMMED = ["geomig-zones", "geomig-lines", "geomig-arrows", "geomig-points", "markerPane", "overlayPane"];
  months.forEach(function (m, i) { index[m] = i; });
  map.createPane("geomig-time").style.zIndex = 640;
  var items = data.features.map(function (f) {
    var p = f.properties;
    var style = {color: p.color, weight: 3, fillColor: p.fill || p.color, dashArray: p.dash || null};
    var shape = L.geoJSON(f, {
      pane: "geomig-time",
      pointToLayer: function (_, ll) { return L.circleMarker(ll, {radius: 7, pane: "geomig-time"}); },
      style: function () { return style; }
    });
    shape.bindPopup(data.popups[p.popup], {maxWidth: 360});
    return {shape: shape, at: p.months.map(function (m) { return index[m]; })};
  });

  function show(i) {
    items.forEach(function (it) {
      var last = -1;
      it.at.forEach(function (a) { if (a <= i && a > last) { last = a; } });
      var age = i - last;
      if (last < 0 || age > data.fade) {
        layer.removeLayer(it.shape);
        return;
      }
      var o = 1 - age / (data.fade + 1);
      it.shape.setStyle({opacity: o, fillOpacity: 0.35 * o});
      layer.addLayer(it.shape);
    });
    label.textContent = months[i];
    slider.value = i;
  }

  var box = L.DomUtil.create("div", "leaflet-bar geomig-timeline");
  box.style.cssText = "background:#fff;padding:6px 8px;font:12px sans-serif;min-width:220px";
  var toggle = L.DomUtil.create("input", "", L.DomUtil.create("label", "", box));
  toggle.type = "checkbox";
  toggle.setAttribute("aria-label", "Show the picture month by month");
  toggle.parentNode.appendChild(document.createTextNode(" Over time: "));
  var label = L.DomUtil.create("b", "geomig-month", toggle.parentNode);
  var row = L.DomUtil.create("div", "", box);
  var play = L.DomUtil.create("button", "", row);
  play.type = "button";
  play.textContent = "\u25b6";
  play.setAttribute("aria-label", "Play");
  var slider = L.DomUtil.create("input", "", row);
  slider.type = "range";
  slider.min = 0;
  slider.max = months.length - 1;
  slider.value = months.length - 1;
  slider.setAttribute("aria-label", "Month");
  slider.style.width = "160px";
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);

  function dim(on) {
    DIMMED.forEach(function (name) {
      var pane = map.getPane(name);
      if (pane) { pane.style.opacity = on ? 0.2 : ""; }
    });
  }
  function enable(on) {
    toggle.checked = on;
    dim(on);
    if (on) { layer.addTo(map); show(+slider.value); } else { map.removeLayer(layer); stop(); }
  }
  function stop() { if (playing) { clearInterval(playing); playing = null; play.textContent = "\u25b6"; } }
  toggle.addEventListener("change", function () { enable(toggle.checked); });
  slider.addEventListener("input", function () { enable(true); show(+slider.value); });
  play.addEventListener("click", function () {
    if (playing) { stop(); return; }
    enable(true);
    if (+slider.value >= months.length - 1) { show(0); }
    play.textContent = "\u275a\u275a";
    playing = setInterval(function () {
      var i = +slider.value + 1;
      if (i >= months.length) { stop(); return; }
      show(i);
    }, 700);
  });
  label.textContent = months[months.length - 1];

  var Control = L.Control.extend({options: {position: "bottomleft"}, onAdd: function () { return box; }});
  new Control().addTo(map);
  map.geomigTimeline = {show: show, enable: enable, months: months, layer: layer};
}
