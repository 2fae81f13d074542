/* geomig map runtime: draws picture layers and the map's own controls with plain Leaflet.
 * Written for geomig; it needs only Leaflet (and Leaflet.markercluster when a layer clusters),
 * so the same page works online and offline. Every HTML string it receives was escaped in Python;
 * plain text (names, titles) is set with textContent, never innerHTML. */
(function () {
  "use strict";
  var G = window.geomig = window.geomig || {};

  /* An online page loads Leaflet from the web: with no network its map would stay blank and say
   * nothing ("L is not defined" in the console only). It says why, and how to get a page that
   * needs no network. */
  if (!window.L) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", noLibrary); }
    else { noLibrary(); }
  }

  function noLibrary() {
    if (window.L) { return; }
    var src = document.querySelector('script[src*="leaflet"]'), host = "the web";
    try { host = src ? new URL(src.src).host : host; } catch (e) { /* a relative address: keep "the web" */ }
    var maps = document.querySelectorAll(".folium-map");
    (maps.length ? Array.prototype.slice.call(maps) : [document.body]).forEach(function (box) {
      if (box.querySelector(".geomig-nolib")) { return; }
      var div = document.createElement("div");
      div.className = "geomig-nolib geomig-box";
      div.setAttribute("role", "alert");
      var head = document.createElement("strong");
      head.textContent = "This map could not load: it needs the network.";
      div.appendChild(head);
      div.appendChild(document.createTextNode(" Its map library (Leaflet) comes from " + host +
        ", which did not answer. Open the page on a machine that is online, or make the map again with " +
        "geomig's --offline option (geomig map --offline, geomig batch --offline): that page holds " +
        "everything it needs and works without the network."));
      box.appendChild(div);
    });
  }

  function index(map) {
    if (!map._geomigIndex) { map._geomigIndex = []; }
    return map._geomigIndex;
  }

  function bind(map, group, layer, popup, name, cluster, searchable, rank, text, at) {
    if (popup) {
      // A feature's popup comes without its wrapper (written once here, not 11,000 times).
      if (popup.charAt(1) === "h") { popup = '<div class="geomig-popup">' + popup + "</div>"; }
      layer.bindPopup(popup, {maxWidth: 380, maxHeight: 340, autoPanPadding: [30, 30]});
    }
    if (rank > 0 && (text || name) && at) {
      // An area's label sits at the point given (inside its largest part), on an invisible anchor.
      var anchor = L.circleMarker([at[1], at[0]], {radius: 0, stroke: false, fill: false, interactive: false, geomigAnchor: true,
        geomigArea: layer, pane: layer.options.pane});
      group.addLayer(anchor);
      bind(map, group, anchor, null, name, null, false, rank, text);
      if (name) { bind(map, group, layer, null, name, null, false, 0); }
    } else if (rank > 0 && (text || name) && !cluster) {
      // A permanent label; G.labels hides the lower-ranked one where two collide.
      var label = document.createElement("span");
      label.textContent = text || name;
      label.dir = "auto";          // an Arabic or Hebrew name reads right to left
      // A point's label goes right of its marker; an area's just below its label point, which is
      // often where the area's own place is marked (a zone round a town, a country's point):
      // centred on it, the label would hide that marker.
      var point = !!layer.getLatLng && !layer.options.geomigAnchor;
      var spots = !point ? AREA_SPOTS : layer.options.geomigRingPx ? pointSpots(layer.options.geomigRingPx) : POINT_SPOTS;
      layer.bindTooltip(new LabelTip().setContent(label), {permanent: true, interactive: false, className: "geomig-label",
        direction: spots[0].d, offset: spots[0].o});
      var entry = {layer: layer, group: group, rank: rank, order: labels(map).length, spots: spots, spot: 0};
      labels(map).push(entry);
      layer._geomigLabel = entry;       // a place of several roles moves between layers (shareRoles)
      // A label that gave way (to a control, the edge, a label above it) still names its marker
      // on hover, on the side where it is seen whole.
      layer.on("mouseover", function () { peek(map, entry, true); });
      layer.on("mouseout", function () { peek(map, entry, false); });
    } else if (name) {
      var tip = document.createElement("span");
      tip.textContent = name;      // a name is text, never markup
      tip.dir = "auto";
      layer.bindTooltip(tip, {direction: "top"});
    }
    if (name && searchable) {
      layer._geomigSearch = {name: name, layer: layer, group: group, cluster: cluster, story: rank > 0};
      index(map).push(layer._geomigSearch);
    }
  }

  /* A permanent label: Leaflet places a tooltip as its marker is added, and to place it reads its
   * size, which lays the page out. Switching on a layer of a hundred labelled markers laid the
   * page, and its thousands of SVG paths, out a hundred times (most of the toggle on a corpus
   * map). While a layer is added (G.labels holds map.addLayer) the labels wait in a list; then
   * their sizes are read together, one layout, and each is placed as Leaflet would place it. */
  var LabelTip = window.L && L.Tooltip.extend({
    _setPosition: function (pos) {
      var waiting = this._map && this._map._geomigLabelsWaiting;
      if (waiting) { waiting.push({tip: this, pos: pos}); return; }
      this._placeAt(pos, this._container.offsetWidth, this._container.offsetHeight);
    },
    // Leaflet's Tooltip._setPosition for the four sides a label takes, given the label's size.
    _placeAt: function (pos, w, h) {
      var d = this.options.direction, el = this._container;
      var sub = {top: [w / 2, h], bottom: [w / 2, 0], right: [0, h / 2], left: [w, h / 2]}[d];
      if (!sub) { return L.Tooltip.prototype._setPosition.call(this, pos); }
      pos = pos.subtract(L.point(sub[0], sub[1], true)).add(L.point(this.options.offset)).add(this._getAnchor());
      ["right", "left", "top", "bottom"].forEach(function (k) {
        if (k !== d) { L.DomUtil.removeClass(el, "leaflet-tooltip-" + k); }
      });
      L.DomUtil.addClass(el, "leaflet-tooltip-" + d);
      L.DomUtil.setPosition(el, pos);
    }
  });

  /* Place the labels that waited (LabelTip): every size read first, then every label moved. */
  function placeWaiting(map) {
    var waiting = map._geomigLabelsWaiting;
    map._geomigLabelsWaiting = null;
    if (!waiting || !waiting.length) { return; }
    var sizes = waiting.map(function (w) { return w.tip._map ? [w.tip._container.offsetWidth, w.tip._container.offsetHeight] : null; });
    waiting.forEach(function (w, i) { if (sizes[i] && w.tip._map) { w.tip._placeAt(w.pos, sizes[i][0], sizes[i][1]); } });
  }

  /* Labels added with a layer (a toggle, the page's first draw) wait to be placed all at once. */
  function holdLabels(map) {
    var add = map.addLayer;
    map.addLayer = function (layer) {
      if (map._geomigLabelsWaiting) { return add.call(map, layer); }    // a group's marker: the group waits
      map._geomigLabelsWaiting = [];
      try { return add.call(map, layer); } finally { placeWaiting(map); }
    };
  }

  /* Where a label may go, in order of preference: its direction and offset from its point, and
   * the shift of its box from the first spot's box (w, h: the label's size; Leaflet's CSS adds a
   * 6 px margin on the side of the direction), so the other spots are tried without laying the
   * page out again. A point's label: right of its marker, else left, above, below; an area's:
   * below its label point, else above, right, left. */
  function pointSpots(e) {      // e: px more between the point and its label (a marker's ring)
    return [
      {d: "right", o: [6 + e, 0], dx: function () { return 0; }, dy: function () { return 0; }},
      {d: "left", o: [-6 - e, 0], dx: function (w) { return -w - 24 - 2 * e; }, dy: function () { return 0; }},
      {d: "top", o: [0, -6 - e], dx: function (w) { return -w / 2 - 12 - e; }, dy: function (w, h) { return -h / 2 - 12 - e; }},
      {d: "bottom", o: [0, 6 + e], dx: function (w) { return -w / 2 - 12 - e; }, dy: function (w, h) { return h / 2 + 12 + e; }}
    ];
  }
  var POINT_SPOTS = pointSpots(0);
  var AREA_SPOTS = [
    {d: "bottom", o: [0, 3], dx: function () { return 0; }, dy: function () { return 0; }},
    {d: "top", o: [0, -3], dx: function () { return 0; }, dy: function (w, h) { return -h - 18; }},
    // Beside the label point, 5 px up: clear of a label below the same point (two zones in one
    // town, the town's zone named below it, a centre's name beside it).
    {d: "right", o: [6, -5], dx: function (w) { return w / 2 + 12; }, dy: function (w, h) { return -h / 2 - 14; }},
    {d: "left", o: [-6, -5], dx: function (w) { return -w / 2 - 12; }, dy: function (w, h) { return -h / 2 - 14; }}
  ];
  // A map with more labels than this tries only their first spot: each move is a layout (a corpus).
  var MAX_RESPOT = 300;

  function moveLabel(l, tip, i) {
    if (l.spot === i) { return; }
    l.spot = i;
    tip.options.direction = l.spots[i].d;
    tip.options.offset = L.point(l.spots[i].o);
    if (tip._map) { tip._updatePosition(); }
  }

  /* The box a label would have at spot i, from its box at the spot where it is now. */
  function boxAt(l, box, i) {
    var w = box.right - box.left, h = box.bottom - box.top, now = l.spots[l.spot], to = l.spots[i];
    var dx = to.dx(w, h) - now.dx(w, h), dy = to.dy(w, h) - now.dy(w, h);
    return {left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy};
  }

  /* Show a hidden label while its marker is hovered, at the first spot clear of the controls and
   * the map's edge; put it back when the pointer leaves. */
  function peek(map, l, on) {
    var tip = l.layer.getTooltip && l.layer.getTooltip(), el = tip && tip.getElement();
    if (!el) { return; }
    if (!on) {
      if (el.classList.contains("geomig-label-peek")) {
        el.classList.remove("geomig-label-peek");
        if (l.peekFrom !== undefined) { moveLabel(l, tip, l.peekFrom); l.peekFrom = undefined; }
      }
      return;
    }
    if (!el.classList.contains("geomig-label-hidden")) { return; }
    var room = obstacles(map), box = el.getBoundingClientRect(), order = spotOrder(map, l, box, true);
    for (var k = 0; k < order.length; k++) {
      var i = order[k], b = boxAt(l, box, i);
      if (inside(room.frame, b) && !room.taken.some(function (c) { return overlaps(c, b); })) {
        l.peekFrom = l.spot;
        moveLabel(l, tip, i);
        break;
      }
    }
    el.classList.add("geomig-label-peek");
  }

  function labels(map) {
    if (!map._geomigLabels) { map._geomigLabels = []; }
    return map._geomigLabels;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  /* Where no label may go: under the map's controls and title (drawn over the labels, they
   * would cut one in the middle of a word) and across the map's edge. */
  function obstacles(map) {
    var box = map.getContainer();
    var taken = Array.prototype.map.call(box.querySelectorAll(".leaflet-control, .geomig-title"), function (el) {
      return el.getBoundingClientRect();
    }).filter(function (r) { return r.width && r.height; });    // a folded or hidden control takes no room
    return {frame: box.getBoundingClientRect(), taken: taken};
  }

  function inside(frame, b) {
    return b.left >= frame.left && b.right <= frame.right && b.top >= frame.top && b.bottom <= frame.bottom;
  }

  /* Two labels saying the same word one under the other (the detention zone "Libya" under the
   * transit point "Libya") read as a glitch: the lower-ranked one gives way within this many px. */
  var TWIN_PX = 24;

  function twin(s, text, b) {
    return s.text === text && b.left < s.right + TWIN_PX && s.left - TWIN_PX < b.right &&
      b.top < s.bottom + TWIN_PX && s.top - TWIN_PX < b.bottom;
  }

  /* The unclustered point markers of a map (the dots a label should not cover). */
  function dots(map) {
    if (!map._geomigDots) { map._geomigDots = []; }
    return map._geomigDots;
  }

  // Beyond this many dots a label does not look for a side clear of them (a corpus map).
  var MAX_DOTS = 1500;

  /* The screen boxes of the dots on the map, each its middle (a label grazing a ring hides
   * nothing): a country's label drawn across the launch point beside it hid that point. A dot
   * with a label of its own (a launch point, a destination) is the story's. */
  function dotBoxes(map) {
    var all = dots(map), frame = map.getContainer().getBoundingClientRect(), out = [];
    if (all.length > MAX_DOTS) { return out; }
    var story = new Set(labels(map).map(function (l) { return l.layer; }));
    all.forEach(function (m) {
      if (!m._map) { return; }
      var p = map.latLngToContainerPoint(m.getLatLng()), r = Math.max(m.getRadius() * 0.6, 2);
      if (p.x < -r || p.y < -r || p.x > frame.width + r || p.y > frame.height + r) { return; }
      out.push({layer: m, story: story.has(m), left: frame.left + p.x - r, right: frame.left + p.x + r,
        top: frame.top + p.y - r, bottom: frame.top + p.y + r});
    });
    return out;
  }

  /* Permanent labels never overlap: after every zoom, pan or layer toggle, show them from the
   * highest rank down and hide each one whose box meets a label already shown or a control, or
   * crosses the map's edge. A label takes a side clear of the other markers where it has one. */
  function declutter(map) {
    placeWaiting(map);     // run as a layer's "overlayadd", inside its map.addLayer: its labels first
    var shown = [], room = obstacles(map), all = labels(map), respot = all.length <= MAX_RESPOT;
    var marks = respot ? dotBoxes(map) : [];
    function free(box) {
      // Two px apart from the labels shown: two labels edge to edge read as one line.
      var near = {left: box.left - 2, right: box.right + 2, top: box.top - 2, bottom: box.bottom + 2};
      return inside(room.frame, box) && !room.taken.some(function (c) { return overlaps(c, box); }) &&
        !shown.some(function (s) { return overlaps(s, near); });
    }
    // pass 0: a spot clear of every other dot; 1: of the story's dots; 2: any free spot.
    function clear(box, own, pass) {
      return pass === 2 || !marks.some(function (d) { return d.layer !== own && (pass === 0 || d.story) && overlaps(d, box); });
    }
    all.slice().sort(function (a, b) { return b.rank - a.rank || a.order - b.order; })
      .forEach(function (l) {
        var tip = l.layer.getTooltip && l.layer.getTooltip();
        if (!tip) { return; }
        // A layer switched off takes its label along (Leaflet leaves a permanent one open).
        if (!map.hasLayer(l.layer)) { if (map.hasLayer(tip)) { map.removeLayer(tip); } return; }
        if (!map.hasLayer(tip)) { l.layer.openTooltip(); }
        var el = tip.getElement();
        if (!el) { return; }
        el.classList.remove("geomig-label-peek");
        l.peekFrom = undefined;
        var box = el.getBoundingClientRect(), text = el.textContent, at = -1;
        // The same words as a label shown near it: a twin, whichever side it would go.
        if (box.width && !shown.some(function (s) { return twin(s, text, box); })) {
          // Its first spot, else (on a map of a few labels) the next one that is free: first
          // a spot that covers no other marker, then none of the story's, then any.
          var order = spotOrder(map, l, box, respot);
          for (var pass = marks.length ? 0 : 2; pass < 3 && at < 0; pass++) {
            for (var k = 0; k < order.length && at < 0; k++) {
              var i = order[k], b = i === l.spot ? box : boxAt(l, box, i);
              if (free(b) && clear(b, l.layer, pass) &&
                  (k === 0 || !shown.some(function (s) { return twin(s, text, b); }))) { at = i; box = b; }
            }
          }
        }
        moveLabel(l, tip, at < 0 ? 0 : at);
        if (at > 0) {              // moved: where it went, measured (its box was computed)
          box = el.getBoundingClientRect();
          if (!free(box)) { at = -1; moveLabel(l, tip, 0); }
        }
        el.classList.toggle("geomig-label-hidden", at < 0);
        tie(map, l, el, box, room.frame, at >= 0);
        if (at >= 0) { shown.push({left: box.left, right: box.right, top: box.top, bottom: box.bottom, text: text}); }
      });
  }

  /* The spots a label tries, in order. A long label centred over a small zone (a detention
   * centre's square in a town) overhangs it far on both sides: its first words sit over whatever
   * is beside the zone and read as naming that (a centre's name by the next town's marker). Such
   * a label starts beside its zone, as a point's label does, and is centred only where neither
   * side is free. A corpus map (respot off) tries the first spot only. */
  function spotOrder(map, l, box, respot) {
    if (!respot) { return [0]; }
    var area = l.layer.options.geomigArea, all = l.spots.map(function (s, i) { return i; });
    if (l.spots !== AREA_SPOTS || !area || !area.getBounds) { return all; }
    var b = area.getBounds(), w = map.latLngToContainerPoint(b.getSouthEast()).x - map.latLngToContainerPoint(b.getNorthWest()).x;
    if ((box.right - box.left - w) / 2 <= OVERHANG_PX) { return all; }
    return [2, 3, 0, 1];      // right, left, below, above
  }
  var OVERHANG_PX = 60;   // px: how far a centred label may stick out past each side of its zone (a word or two)

  /* An area's label off its area (a small zone: its label below it, or beside it where another
   * label took that side) reads as naming whatever dot is nearest; a leader line then ties it to
   * its area's label point (geomig.css). On the area, it needs none. */
  function tie(map, l, el, box, frame, shown) {
    var area = l.layer.options.geomigArea, tied = false;
    if (shown && area && area.getBounds) {
      var b = area.getBounds(), a = map.latLngToContainerPoint(b.getNorthWest()), c = map.latLngToContainerPoint(b.getSouthEast());
      tied = !overlaps({left: frame.left + a.x, top: frame.top + a.y, right: frame.left + c.x, bottom: frame.top + c.y}, box);
    }
    el.classList.toggle("geomig-label-tied", tied);
  }

  G.labels = function (map) {
    var run = function () { declutter(map); };
    // "viewreset" too: a jump too far to pan (the search, setView) fires it after "moveend",
    // and only then are the labels moved to their new places.
    map.on("zoomend moveend viewreset overlayadd overlayremove resize", run);
    holdLabels(map);
    map.whenReady(function () { setTimeout(run, 0); });
    G.declutter = declutter;
  };

  /* Text from the articles in a popup (names, quotes, facts, documents) takes its direction from
   * its own letters: an Arabic or Hebrew quote reads right to left. Set as a popup opens, not
   * written into each of a corpus map's thousands of popups. */
  var OWN_DIRECTION = "h4, q, li, cite, td, .stops";

  /* Links in popups open in a new tab and tell the other site nothing about this page. */
  function newTabLinks(map) {
    if (map._geomigLinks) { return; }
    map._geomigLinks = true;
    map.on("popupopen", function (e) {
      Array.prototype.forEach.call(e.popup.getElement().querySelectorAll(OWN_DIRECTION), function (el) {
        el.dir = "auto";
      });
      Array.prototype.forEach.call(e.popup.getElement().querySelectorAll(".geomig-popup a.gn:not([href])"), function (a) {
        var id = /geonames:(\d+)/.exec(a.textContent);
        if (id) { a.href = "https://www.geonames.org/" + id[1]; }
      });
      var links = e.popup.getElement().querySelectorAll(".geomig-popup a[href]");
      Array.prototype.forEach.call(links, function (a) { a.target = "_blank"; a.rel = "noopener noreferrer"; });
    });
  }

  /* Point features as circle markers in their pane; clustered when the layer is dense.
   * Data: {rows: [[lon, lat, style index, popup index or -1, name, label rank, label]], styles: [key],
   * popups: [html], shared: [[row, [[layer, style key, label rank], ...]]]}: a place of several
   * roles, one marker (a Ringed one) in its strongest role's layer. */
  G.points = function (map, group, data, o) {
    newTabLinks(map);
    var target = group, cluster = null;
    if (o.cluster && L.markerClusterGroup) {
      cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true});
      group.addLayer(cluster);
      target = cluster;
    }
    var hosts = map._geomigHosts || (map._geomigHosts = {});
    hosts[o.layer] = {group: group, target: target, cluster: cluster};
    var shared = {};
    (data.shared || []).forEach(function (s) { shared[s[0]] = s[1]; });
    var batch = [];
    data.rows.forEach(function (r, i) {
      var key = data.styles[r[2]], s = o.styles[key] || {}, m;
      if (shared[i]) {
        m = new Ringed([r[1], r[0]], L.extend({pane: o.pane, geomigRingPx: ringPx(o.ring, s)}, s));
        m._geomigRoles = shared[i].map(function (x) { return {layer: x[0], style: o.styles[x[1]] || s, rank: x[2]}; });
        m._geomigHost = hosts[o.layer];
        m._geomigRingStyle = o.ring;
        (map._geomigShared || (map._geomigShared = [])).push(m);
      } else {
        m = L.circleMarker([r[1], r[0]], L.extend({pane: o.pane}, s));
      }
      bind(map, group, m, r[3] >= 0 ? data.popups[r[3]] : null, r[4], cluster, o.search !== false, r[5], r[6]);
      if (!cluster) { dots(map).push(m); }
      batch.push(m);
    });
    if (cluster) { cluster.addLayers(batch); } else { batch.forEach(function (m) { target.addLayer(m); }); }
    if (!map._geomigSharing) {
      map._geomigSharing = true;
      // Before G.labels' own handler (registered later): labels are placed where the markers now are.
      map.on("overlayadd overlayremove", function () { shareRoles(map); });
    }
  };

  /* How far a marker's ring reaches past its edge, px. */
  function ringPx(ring, s) {
    return (s.weight || 0) / 2 + ring.gap + ring.weight;
  }

  /* Each place of several roles shows the roles whose layers are on: it sits in the layer of the
   * strongest of them, in that role's style, ringed by one arc per role when two or more are on
   * (Transit off: Adre a plain destination; Destinations off too: gone). Its label, search entry
   * and legend row follow it. */
  function shareRoles(map) {
    var hosts = map._geomigHosts || {}, ringed = false, moves = [];
    (map._geomigShared || []).forEach(function (m) {
      var on = m._geomigRoles.filter(function (r) { return hosts[r.layer] && map.hasLayer(hosts[r.layer].group); });
      var lead = on[0] || m._geomigRoles[0], host = hosts[lead.layer];
      if (host && host !== m._geomigHost) {
        moves.push({marker: m, from: m._geomigHost.target, to: host.target});
        m._geomigHost = host;
        if (m._geomigSearch) { m._geomigSearch.group = host.group; m._geomigSearch.cluster = host.cluster; }
      }
      if (m._geomigLabel) { m._geomigLabel.group = m._geomigHost.group; m._geomigLabel.rank = lead.rank; }
      var colours = on.length > 1 ? on.map(function (r) { return r.style.color; }) : [];
      var look = lead.style.className + " " + colours.join(" ");
      if (m._geomigLook !== look) { m._geomigLook = look; m.setRoles(lead.style, colours); }
      ringed = ringed || on.length > 1;
    });
    moveAll(map, moves);
    var legend = map._geomigLegend && map._geomigLegend.getContainer().querySelector(".geomig-several");
    if (legend) { legend.parentNode.hidden = !ringed; }
  }

  /* Move markers between layers all at once: a cluster takes or gives its share in one call (one
   * at a time, it clusters again each time), and the labels of the markers added wait to be
   * placed together (holdLabels), one layout for all. */
  function moveAll(map, moves) {
    if (!moves.length) { return; }
    var own = !map._geomigLabelsWaiting;
    if (own) { map._geomigLabelsWaiting = []; }
    try {
      ["from", "to"].forEach(function (side) {
        var targets = [], batches = [];
        moves.forEach(function (mv) {
          var i = targets.indexOf(mv[side]);
          if (i < 0) { i = targets.push(mv[side]) - 1; batches.push([]); }
          batches[i].push(mv.marker);
        });
        targets.forEach(function (t, i) {
          var bulk = side === "from" ? t.removeLayers : t.addLayers;
          if (bulk) { bulk.call(t, batches[i]); }
          else { batches[i].forEach(function (m) { if (side === "from") { t.removeLayer(m); } else { t.addLayer(m); } }); }
        });
      });
    } finally { if (own) { placeWaiting(map); } }
  }

  /* A circle marker ringed by arcs, one per colour (setRoles): the arcs are SVG paths of its own
   * beside its dot, added, moved and removed with it (a cluster takes it in and out), so the
   * place stays one Leaflet layer, with one popup, one label and one tooltip. */
  var Ringed = window.L && L.CircleMarker.extend({
    setRoles: function (style, colours) {
      var before = this.options.className || "";
      this.setStyle(style);
      this._ringColours = colours;
      var el = this._path;
      if (el) {
        before.split(" ").forEach(function (c) { if (c) { el.classList.remove(c); } });
        (style.className || "").split(" ").forEach(function (c) { if (c) { el.classList.add(c); } });
        el.classList.toggle("geomig-shared", colours.length > 1);
      }
      this._drawRing();
    },
    onAdd: function (map) {
      L.CircleMarker.prototype.onAdd.call(this, map);
      if (this._path) { this._path.classList.toggle("geomig-shared", (this._ringColours || []).length > 1); }
      this._drawRing();
    },
    onRemove: function (map) {
      (this._arcs || []).forEach(function (a) { a.remove(); });
      this._arcs = [];
      L.CircleMarker.prototype.onRemove.call(this, map);
    },
    _updatePath: function () {
      L.CircleMarker.prototype._updatePath.call(this);
      this._drawRing();
    },
    _drawRing: function () {
      var path = this._path, colours = this._ringColours || [], ring = this._geomigRingStyle;
      if (!path || !path.parentNode || !this._point) { return; }
      var arcs = this._arcs || (this._arcs = []);
      while (arcs.length > colours.length) { arcs.pop().remove(); }
      while (arcs.length < colours.length) {
        var a = L.SVG.create("path");
        a.setAttribute("class", "geomig-ring");
        a.setAttribute("fill", "none");
        a.setAttribute("pointer-events", "none");
        arcs.push(a);
      }
      var p = this._point, n = colours.length, gap = ring.arcGap * Math.PI / 180;
      var r = this._radius + (this.options.weight || 0) / 2 + ring.gap + ring.weight / 2, empty = this._empty();
      arcs.forEach(function (a, i) {
        var a0 = -Math.PI / 2 + i * 2 * Math.PI / n + gap / 2, a1 = -Math.PI / 2 + (i + 1) * 2 * Math.PI / n - gap / 2;
        a.setAttribute("d", empty ? "M0 0" : "M" + (p.x + r * Math.cos(a0)).toFixed(1) + "," + (p.y + r * Math.sin(a0)).toFixed(1) +
          "A" + r + "," + r + " 0 " + (a1 - a0 > Math.PI ? 1 : 0) + " 1 " +
          (p.x + r * Math.cos(a1)).toFixed(1) + "," + (p.y + r * Math.sin(a1)).toFixed(1));
        a.setAttribute("stroke", colours[i]);
        a.setAttribute("stroke-width", ring.weight);
        if (a.parentNode !== path.parentNode || a.previousSibling !== (i ? arcs[i - 1] : path)) {
          path.parentNode.insertBefore(a, (i ? arcs[i - 1] : path).nextSibling);
        }
      });
    }
  });

  /* Where along a line (fraction of its projected length) an arrowhead goes, and its angle. */
  function along(latlngs, frac) {
    var pts = latlngs.map(function (ll) { return L.CRS.EPSG3857.latLngToPoint(ll, 0); });
    var total = 0, i, seg = [];
    for (i = 1; i < pts.length; i++) { seg.push(pts[i].distanceTo(pts[i - 1])); total += seg[i - 1]; }
    if (!total) { return null; }
    var goal = total * frac, run = 0;
    for (i = 1; i < pts.length; i++) {
      if (run + seg[i - 1] >= goal || i === pts.length - 1) {
        var t = seg[i - 1] ? (goal - run) / seg[i - 1] : 0;
        var a = pts[i - 1], b = pts[i];
        var p = L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        return {latlng: L.CRS.EPSG3857.pointToLatLng(p, 0), angle: Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI};
      }
      run += seg[i - 1];
    }
    return null;
  }

  /* An arrowhead: a vector path in the pane's SVG, not a DOM icon. A corpus map has a thousand
   * routes: as icons, each was an element of its own on its own compositing layer, and switching
   * Routes on made them all again (half a second); as paths they cost what a dot does. The shape
   * is a 16 px dart centred on its point (M2 2 L15 8 L2 14 L6 8 Z, less 8, 8), turned to the
   * leg's angle (Web Mercator is conformal, so an angle measured at zoom 0 holds at every zoom). */
  var DART = [[-6, -6], [7, 0], [-6, 6], [-2, 0]];
  var Arrow = window.L && L.CircleMarker.extend({
    _updatePath: function () {
      var r = this._renderer;
      if (!r._setPath) { return L.CircleMarker.prototype._updatePath.call(this); }
      var p = this._point, a = this.options.angle * Math.PI / 180, c = Math.cos(a), s = Math.sin(a);
      r._setPath(this, this._empty() ? "M0 0" : "M" + DART.map(function (q) {
        return (p.x + q[0] * c - q[1] * s).toFixed(1) + "," + (p.y + q[0] * s + q[1] * c).toFixed(1);
      }).join("L") + "z");
    }
  });

  function arrowhead(at, color, pane) {
    return new Arrow(at.latlng, {pane: pane, interactive: false, radius: 8, angle: at.angle, stroke: false,
      fill: true, fillColor: color, fillOpacity: 1, className: "geomig-arrow"});
  }

  /* Line and area features, each a vector layer in the pane given; routes get arrowheads. */
  G.shapes = function (map, group, fc, o) {
    newTabLinks(map);
    fc.features.forEach(function (f) {
      var s = o.styles[f.properties.k] || {};
      var layer = L.geoJSON(f, {pane: o.pane, style: function () { return s; }}).getLayers()[0];
      var p = f.properties;
      bind(map, group, layer, typeof p.p === "number" ? fc.popups[p.p] : p.p, p.n, null, true, p.r, p.t, p.lp);
      group.addLayer(layer);
      if (o.arrows && f.geometry.type === "LineString") {
        var lls = L.GeoJSON.coordsToLatLngs(f.geometry.coordinates, 0);
        var at = along(lls, 0.5);
        if (at) { group.addLayer(arrowhead(at, s.color || "#333", o.arrowPane)); }
      }
      if (/Polygon$/.test(f.geometry.type)) { standIn(map, group, layer, s, p.n, o.pane); }
    });
    showSquares(map);   // once per layer, not once per area: a corpus map holds thousands
  };

  /* An area too small to see at the zoom shown (a 5 km coastguard zone on a map of West Africa)
   * is drawn as a square of its colours at its centre, which opens the area's popup, so what the
   * legend lists is on the map; the legend says what the squares are while one shows. Zoomed in
   * far enough, the area itself shows and its square goes. (The static image does the same.) */
  var SMALL_AREA_PX = 8;
  // A map of more zones than this (a corpus) gets no squares: each zoom redraws every path, and
  // 3,000 squares beside 3,000 zones made a zoom ~40% slower; its zones are seen by their number.
  var MAX_SQUARES = 300;

  /* A square marker: a circle marker whose SVG path is a square, so a thousand of them cost what
   * a thousand dots do (no DOM icon each); the canvas renderer, which geomig does not use, draws a dot. */
  var Square = window.L && L.CircleMarker.extend({
    _updatePath: function () {
      var r = this._renderer;
      if (!r._setPath) { return L.CircleMarker.prototype._updatePath.call(this); }
      var p = this._point, h = Math.max(Math.round(this._radius), 1);
      r._setPath(this, this._empty() ? "M0 0" : "M" + (p.x - h) + "," + (p.y - h) + "h" + 2 * h + "v" + 2 * h + "h" + -2 * h + "z");
    }
  });

  function standIn(map, group, layer, s, name, pane) {
    var square = new Square(layer.getBounds().getCenter(), {pane: pane, radius: 5, color: s.color || "#444",
      weight: 1.5, fillColor: s.fillColor || s.color || "#888", fillOpacity: 0.75, className: "geomig-zone-square"});
    if (name) {
      var tip = document.createElement("span");
      tip.textContent = name;
      tip.dir = "auto";
      square.bindTooltip(tip, {direction: "top"});
    }
    square.on("click", function () { if (layer.getPopup()) { layer.openPopup(square.getLatLng()); } });
    if (!map._geomigSquares) {
      map._geomigSquares = [];
      map.on("zoomend viewreset overlayadd overlayremove", function () { showSquares(map); });
    }
    map._geomigSquares.push({layer: layer, square: square, group: group});
  }

  /* Whether an area's bounds span fewer than SMALL_AREA_PX on screen at the zoom shown. */
  function tiny(map, b) {
    var a = map.project(b.getNorthWest()), c = map.project(b.getSouthEast());
    return Math.max(Math.abs(c.x - a.x), Math.abs(c.y - a.y)) < SMALL_AREA_PX;
  }

  function showSquares(map) {
    var shown = 0, all = map._geomigSquares || [], many = all.length > MAX_SQUARES;
    all.forEach(function (z) {
      var small = !many && tiny(map, z.layer.getBounds());
      if (small && !z.group.hasLayer(z.square)) { z.group.addLayer(z.square); }
      if (!small && z.group.hasLayer(z.square)) { z.group.removeLayer(z.square); }
      if (small && map.hasLayer(z.group)) { shown += 1; }
    });
    var note = map._geomigLegend && map._geomigLegend.getContainer().querySelector(".geomig-legend-small");
    if (note) { note.hidden = shown === 0; }
  }

  /* Google's polyline encoding, as geomig.gazetteer.build.basemap writes it: (lat, lon) pairs, as
   * the L.LatLng objects L.polygon keeps (given arrays it would copy each of the 1:10m band's
   * 210,000 points once more). */
  function decode(text, precision) {
    var out = [], i = 0, lat = 0, lon = 0, scale = Math.pow(10, precision);
    while (i < text.length) {
      for (var k = 0; k < 2; k++) {
        var b, shift = 0, result = 0;
        do { b = text.charCodeAt(i++) - 63; result |= (b & 31) << shift; shift += 5; } while (b >= 32);
        var d = (result & 1) ? ~(result >> 1) : (result >> 1);
        if (k === 0) { lat += d; } else { lon += d; }
      }
      out.push(new L.LatLng(lat / scale, lon / scale));
    }
    return out;
  }

  /* A band's rings decoded, a few at a time while `more()` holds: true once all are. */
  function decodeBand(band, precision, more) {
    var d = band._decoded = band._decoded || {land: [], borders: []};
    return ["land", "borders"].every(function (key) {
      while (d[key].length < band[key].length) {
        if (!more()) { return false; }
        d[key].push(decode(band[key][d[key].length], precision));
      }
      return true;
    });
  }

  /* The basemap's rings keep their points projected at zoom 0, and a zoom step scales them: Leaflet
   * would project each of the 1:10m band's 210,000 points afresh (a sine, a log and three objects
   * each). Leaflet's pixel is the zoom-0 point times crs.scale(z) / crs.scale(0), rounded, at any
   * zoom, so these are its very pixels (the browser tests check it up to zoom 18). The zoom-0 points
   * hang on Leaflet's own copy of each ring, made anew by setLatLngs: addLatLng, which the basemap
   * never calls, would leave them short. */
  var Scaled = {
    _projectLatlngs: function (latlngs, result, bounds) {
      if (!(latlngs[0] instanceof L.LatLng)) {
        for (var j = 0; j < latlngs.length; j++) { this._projectLatlngs(latlngs[j], result, bounds); }
        return;
      }
      var map = this._map, crs = map.options.crs, base = latlngs._zoom0 || zoom0(crs, latlngs);
      var k = crs.scale(map.getZoom()) / crs.scale(0), o = map.getPixelOrigin(), n = latlngs.length;
      var ring = new Array(n), x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var i = 0; i < n; i++) {
        var x = Math.round(base[2 * i] * k) - o.x, y = Math.round(base[2 * i + 1] * k) - o.y;
        ring[i] = new L.Point(x, y);
        if (x < x0) { x0 = x; } if (x > x1) { x1 = x; } if (y < y0) { y0 = y; } if (y > y1) { y1 = y; }
      }
      if (n) { bounds.extend(new L.Point(x0, y0)); bounds.extend(new L.Point(x1, y1)); }
      result.push(ring);
    }
  };
  var ScaledPolygon = L.Polygon.extend(Scaled), ScaledPolyline = L.Polyline.extend(Scaled);

  function zoom0(crs, latlngs) {
    var base = latlngs._zoom0 = new Float64Array(2 * latlngs.length);
    for (var i = 0; i < latlngs.length; i++) {
      var p = crs.latLngToPoint(latlngs[i], 0);
      base[2 * i] = p.x;
      base[2 * i + 1] = p.y;
    }
    return base;
  }

  /* One zoom band: land rings filled even-odd (lakes are rings inside land) and stroked as the
   * coastline, land borders drawn once over them. */
  function bandLayer(band, precision, s, pane) {
    decodeBand(band, precision, function () { return true; });
    var d = band._decoded;
    return L.layerGroup([
      new ScaledPolygon(d.land, {pane: pane, interactive: false, color: s.coast, weight: s.coastWeight,
        fillColor: s.land, fillOpacity: 1, fillRule: "evenodd", className: "geomig-basemap geomig-basemap-land"}),
      new ScaledPolyline(d.borders, {pane: pane, interactive: false, color: s.border, weight: s.weight,
        className: "geomig-basemap geomig-basemap-borders"})
    ]);
  }

  /* Decode the bands not shown yet while the browser is idle, in slices that leave it free to
   * answer the reader: decoding the 1:10m band cost the first zoom to 5 half a second. The
   * container's data-basemap-ready says when all are. */
  function decodeAhead(map, data) {
    var idle = window.requestIdleCallback || function (f) { return setTimeout(function () {
      var end = Date.now() + 15;
      f({timeRemaining: function () { return end - Date.now(); }});
    }, 50); };
    function slice(deadline) {
      var more = function () { return deadline.timeRemaining() > 2; };
      var done = data.bands.every(function (b) { return decodeBand(b, data.precision, more); });
      if (done) { map.getContainer().setAttribute("data-basemap-ready", "true"); } else { idle(slice); }
    }
    idle(slice);
  }

  /* Offline basemap: Natural Earth instead of web tiles, 1:50m below zoom 5 and 1:10m from
   * zoom 5 on; the band shown first is decoded at once, the others when the browser is idle. */
  G.basemap = function (map, data, s) {
    G._basemap = {data: data, style: s};
    map.getContainer().style.background = s.sea;
    if (map.attributionControl) { map.attributionControl.addAttribution("Basemap: Natural Earth"); }
    var pane = ensurePane(map, "geomig-basemap", 150), shown = null, layers = [];
    function pick() {
      var z = map.getZoom(), i = 0;
      data.bands.forEach(function (b, n) { if (z >= b.zoom) { i = n; } });
      if (shown === i) { return; }
      if (shown !== null) { map.removeLayer(layers[shown]); }
      layers[i] = layers[i] || bandLayer(data.bands[i], data.precision, s, pane);
      layers[i].addTo(map);
      map.getContainer().setAttribute("data-basemap-scale", data.bands[i].scale);
      shown = i;
    }
    map.on("zoomend", pick);
    map.whenReady(function () { pick(); decodeAhead(map, data); });
  };

  function ensurePane(map, name, z) {
    if (!map.getPane(name)) { map.createPane(name).style.zIndex = z; }
    return name;
  }

  function control(map, position, cls, build) {
    var Ctl = L.Control.extend({
      options: {position: position},
      onAdd: function () {
        var div = L.DomUtil.create("div", cls);
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        build(div);
        return div;
      }
    });
    var ctl = new Ctl();
    ctl.addTo(map);
    return ctl;
  }

  /* The legend lists only what is on: a row naming a layer hides while that layer is off. */
  G.legend = function (map, html) {
    var ctl = control(map, "bottomright", "geomig-legend geomig-box", function (div) {
      div.innerHTML = html;
      var list = div.querySelector(".geomig-legend-list");
      if (list && map._geomigSquares) {   // a row saying what the squares of small areas are
        var li = L.DomUtil.create("li", "geomig-legend-small", list);
        li.innerHTML = '<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true"><rect x="6" y="2" ' +
          'width="10" height="10" fill="#bbb" stroke="#555" stroke-width="1.5"/></svg>';
        li.appendChild(document.createTextNode("Zone too small to see here: zoom in"));
        li.hidden = true;
      }
    });
    map.on("overlayadd overlayremove", function (e) {
      Array.prototype.forEach.call(ctl.getContainer().querySelectorAll("li[data-layer]"), function (li) {
        if (li.getAttribute("data-layer") === e.name) { li.hidden = e.type === "overlayremove"; }
      });
    });
    map._geomigLegend = ctl;
    showSquares(map);
  };

  /* On a phone the legend would cover the story: it folds to its heading, which a tap opens. */
  function foldLegend(map) {
    if (!map._geomigLegend) { return; }
    var box = map._geomigLegend.getContainer(), head = box.querySelector(".geomig-h");
    if (!head) { return; }
    box.classList.add("geomig-folded");
    if (head.hasAttribute("role")) { head.setAttribute("aria-expanded", "false"); return; }   // bound once
    head.setAttribute("role", "button");
    head.setAttribute("tabindex", "0");
    head.setAttribute("aria-expanded", "false");
    var toggle = function () {
      box._geomigAutoFolded = false;
      var folded = box.classList.toggle("geomig-folded");
      head.setAttribute("aria-expanded", folded ? "false" : "true");
    };
    L.DomEvent.on(head, "click", toggle);
    L.DomEvent.on(head, "keydown", function (e) { if (e.key === "Enter" || e.key === " ") { L.DomEvent.preventDefault(e); toggle(); } });
  }

  function refreshLegend(map) {
    if (!map._geomigLegend) { return; }
    var on = {};
    (map._geomigOverlays || []).forEach(function (o) { on[o.name] = map.hasLayer(o.layer); });
    Array.prototype.forEach.call(map._geomigLegend.getContainer().querySelectorAll("li[data-layer]"), function (li) {
      var name = li.getAttribute("data-layer");
      if (name in on) { li.hidden = !on[name]; }
    });
  }

  /* Every layer control on the page, so the runtime can fold one on a small screen. */
  var layerControls = [];
  if (window.L && L.Control && L.Control.Layers) {
    L.Control.Layers.addInitHook(function () { layerControls.push(this); });
  }

  /* After the layer control is drawn: on a phone-sized map it folds into its button (tap to
   * open, tap the map to close); the Audit layer shows the rule ids and confidences in popups. */
  G.controls = function (map, text, fit) {
    map._geomigArranged = false;    // true once the controls are placed and the first view fitted
    map._geomigFit = fit;
    shareRoles(map);                // every layer is drawn now: each shared place in its place
    fitStory(map);                  // the first frame already shows the story (the legend is drawn)
    setTimeout(function () { setupControls(map); }, 0);
    tilesMissing(map);
    // Each popup's role confidence gets its one-line explanation here, once per page.
    map.on("popupopen", function (e) {
      var el = e.popup.getElement(), ga = el.querySelector(".ga"), pc = el.querySelector(".pc");
      if (ga && !ga.getAttribute("data-explained")) {
        ga.setAttribute("data-explained", "1");
        ga.textContent = ga.textContent.replace(/(place confidence [0-9.]+)/, "$1 (" + text.pc + ")")
          .replace(/(role confidence [0-9.]+)/, "$1 (" + text.rc + ")");
      }
      if (pc && !pc.textContent) { pc.textContent = "Place confidence: " + text.pc; }
    });
    popupsClear(map);
  };

  /* Leaflet pans an opened popup into the map, but not clear of the controls drawn over it (on a
   * phone the search box hid a popup's heading): once its own pan is over, the map pans on. */
  function popupsClear(map) {
    var open = null, panning = false;
    map.on("autopanstart", function () {         // fired, and its pan begun, before "popupopen"
      panning = true;
      map.once("moveend", function () { panning = false; if (open) { clearOfControls(map, open); } });
    });
    map.on("popupopen", function (e) { open = e.popup; if (!panning) { clearOfControls(map, open); } });
    map.on("popupclose", function () { open = null; });
  }

  /* Pan a popup away from the controls it meets, one at a time, by the shortest move (left, right,
   * up, down) that keeps the popup and its marker on the map and does not undo a move already
   * made (clear of the layer control, it may meet the title: it goes down, not back right). A
   * popup that cannot clear a control above it goes as far down as its marker allows. */
  function clearOfControls(map, popup) {
    var el = popup.getElement(), wrap = el && el.querySelector(".leaflet-popup-content-wrapper");
    if (!wrap || !map.hasLayer(popup)) { return; }
    var room = obstacles(map), f = room.frame, p = wrap.getBoundingClientRect(), tip = el.getBoundingClientRect().bottom;
    var dx = 0, dy = 0;            // the popup's shift on screen, right and down
    for (var pass = 0; pass < 4; pass++) {
      var q = {left: p.left + dx, right: p.right + dx, top: p.top + dy, bottom: p.bottom + dy};
      var c = room.taken.filter(function (r) { return overlaps(r, q); })[0];
      if (!c) { break; }
      var free = {left: q.left - f.left - 10, right: f.right - 10 - q.right, up: q.top - f.top - 10,
        down: f.bottom - 10 - (tip + dy)};
      var need = {left: q.right - c.left + 10, right: c.right + 10 - q.left, up: tip + dy - c.top + 10,
        down: c.bottom + 10 - q.top};
      var back = {left: dx > 0, right: dx < 0, up: dy > 0, down: dy < 0}, best = null;
      Object.keys(need).forEach(function (k) {
        if (!back[k] && need[k] <= free[k] && (best === null || need[k] < need[best])) { best = k; }
      });
      if (best === null) {
        if (c.top <= q.top && free.down > 0 && !back.down) { dy += free.down; }
        break;
      }
      if (best === "left") { dx -= need.left; } else if (best === "right") { dx += need.right; }
      else if (best === "up") { dy -= need.up; } else { dy += need.down; }
    }
    if (dx || dy) { map.panBy([-dx, -dy]); }
  }

  /* The right-hand controls must not sit on each other: on a short map (a report's fragment)
   * the minimap goes, and the legend scrolls in the room the layer control leaves above it,
   * folding to its heading when that room is too small for a few rows. */
  function arrange(map) {
    var box = map.getContainer(), legend = map._geomigLegend && map._geomigLegend.getContainer();
    var layers = box.querySelector(".leaflet-control-layers"), mini = box.querySelector(".geomig-minimap");
    if (mini) { mini.style.display = box.clientHeight < 640 ? "none" : ""; }
    if (!legend) { return; }
    var top = box.getBoundingClientRect().top;
    var above = layers ? layers.getBoundingClientRect().bottom - top : 0;
    var below = box.clientHeight - legend.getBoundingClientRect().bottom + top;   // attribution, minimap
    var room = Math.floor(box.clientHeight - above - below - 20);
    if (box.clientWidth < 100) { return; }     // a frame being laid out, not a size to arrange for
    legend.style.maxHeight = Math.max(room, 0) + "px";
    var head = legend.querySelector(".geomig-h"), cramped = room < 110 || tooWide(map);
    if (cramped && !legend.classList.contains("geomig-folded")) {
      foldLegend(map);
      legend._geomigAutoFolded = true;
    } else if (!cramped && legend._geomigAutoFolded && head) {
      // Folded only for want of room (not by the reader): open again once there is room.
      legend.classList.remove("geomig-folded");
      head.setAttribute("aria-expanded", "true");
      legend._geomigAutoFolded = false;
    }
  }

  /* The first view, decided here only: what the story names, and the label to the right of its
   * last marker, clear of the legend's real width (none when it is folded, as on a narrow map)
   * and of the footer.
   * Fitted as the page runs, and again once the controls are arranged, which may fold the legend. */
  function fitStory(map) {
    var fit = map._geomigFit;
    if (!fit) { return; }
    // A fit during a zoom animation would be dropped.
    if (map._animatingZoom) { map.once("zoomend", function () { fitStory(map); }); return; }
    var box = map.getContainer(), legend = map._geomigLegend && map._geomigLegend.getContainer();
    var open = legend && box.clientWidth >= NARROW && !legend.classList.contains("geomig-folded") && !tooWide(map) &&
      legend.offsetWidth;
    var right = (open ? legend.offsetWidth + 20 : 30) + LABEL_ROOM;
    if (box.clientWidth - right < 200) { right = 30; }
    // The footer and the scale stack in the bottom-left corner: a launch point must not sit under them.
    var corner = box.querySelector(".leaflet-bottom.leaflet-left");
    var bottom = Math.max(30, corner ? corner.offsetHeight + 10 : 0);
    if (box.clientHeight - bottom < 200) { bottom = 30; }
    // The title sits over the top's middle. The zoom buttons and the search box stack in the
    // top-left corner: the story starts below them or right of them, whichever shows it larger
    // (on a narrow map they span half the width: below them).
    var title = box.querySelector(".geomig-title"), stack = box.querySelector(".leaflet-top.leaflet-left");
    var top = Math.max(30, title ? title.offsetTop + title.offsetHeight + 8 : 0);
    var below = Math.max(top, stack ? stack.offsetHeight + 10 : 0);
    var beside = stack && box.clientWidth >= NARROW ? stack.offsetWidth + 10 : 0;
    if (box.clientHeight - below - bottom < 200) { below = top; }
    if (box.clientHeight - top - bottom < 200) { top = below = 30; }
    var b = L.latLngBounds(fit.bounds), pad = [30, below];
    if (beside > 30 && box.clientWidth - beside - right >= 200 &&
        scale(map, b, beside + right, top + bottom) > scale(map, b, 30 + right, below + bottom)) {
      pad = [beside, top];
    }
    // On a narrow map a whole zoom can leave most of it empty (a story spanning the world fills
    // 256 px of a 390 px phone at zoom 0 and overflows it at 1): its first view may lie between
    // two zooms. The buttons step whole zooms from there.
    var snap = map.options.zoomSnap;
    if (box.clientWidth < NARROW) { map.options.zoomSnap = FIRST_VIEW_SNAP; }
    try {
      map.fitBounds(b, {paddingTopLeft: pad, paddingBottomRight: [right, bottom], maxZoom: fit.maxZoom,
        animate: false});
    } finally {
      map.options.zoomSnap = snap;
    }
  }
  var FIRST_VIEW_SNAP = 0.25;
  var LABEL_ROOM = 90;   // px: a permanent label's usual width right of its marker

  /* How large the bounds would be drawn in the map less a padding (x, y px in all): the
   * fractional zoom, which tells two paddings apart where the whole zooms are the same. */
  function scale(map, bounds, x, y) {
    var a = map.project(bounds.getNorthWest(), 0), c = map.project(bounds.getSouthEast(), 0);
    var size = map.getSize();
    return Math.min((size.x - x) / Math.max(c.x - a.x, 1e-9), (size.y - y) / Math.max(c.y - a.y, 1e-9));
  }

  /* An open legend, and the label room beside it, would take over 45% of the map's width (a
   * fragment in a 700 px report column): it folds to its heading and the story gets the width. */
  function tooWide(map) {
    var legend = map._geomigLegend && map._geomigLegend.getContainer();
    if (!legend) { return false; }
    var folded = legend.classList.contains("geomig-folded");
    if (folded) { legend.classList.remove("geomig-folded"); }   // measure it open
    var width = legend.offsetWidth;
    if (folded) { legend.classList.add("geomig-folded"); }
    return width + 20 + LABEL_ROOM > 0.45 * map.getContainer().clientWidth;
  }
  var NARROW = 600;      // px: a map narrower than this folds its layer control and legend

  function setupControls(map) {
    var container = map.getContainer();
    layerControls.forEach(function (c) {
      if (c._map !== map) { return; }
      map._geomigOverlays = c._layers.filter(function (l) { return l.overlay; });
      if (container.clientWidth < NARROW) {
        c.collapse();
        foldLegend(map);
        map.on("click", function () { c.collapse(); });
        L.DomEvent.on(c._layersLink, "click", function (e) { L.DomEvent.preventDefault(e); c.expand(); });
      }
      map._geomigOverlays.forEach(function (o) {
        if (o.name === "Audit") { container.classList.toggle("geomig-auditing", map.hasLayer(o.layer)); }
      });
    });
    map.on("overlayadd overlayremove", function (e) {
      if (e.name === "Audit") { container.classList.toggle("geomig-auditing", e.type === "overlayadd"); }
    });
    refreshLegend(map);
    arrange(map);
    fitStory(map);
    map._geomigArranged = true;
    map.on("resize", function () { arrange(map); });
  }

  G.footer = function (map, html) {
    control(map, "bottomleft", "geomig-footer geomig-box", function (div) { div.innerHTML = html; });
  };

  G.title = function (map, text, sub) {
    var div = L.DomUtil.create("div", "geomig-title geomig-box", map.getContainer());
    div.dir = "auto";
    div.textContent = text;
    if (sub) { L.DomUtil.create("div", "geomig-subtitle", div).textContent = sub; }
    L.DomEvent.disableClickPropagation(div);
  };

  /* Leaflet can come from the browser's cache while the tiles cannot come at all (the page was
   * opened online before): the story is drawn on a blank background. Say why, once. */
  function tilesMissing(map) {
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) { return; }
      layer.once("tileerror", function () {
        // Under the title, which is laid out already; in a box of its own on a page without one.
        var title = map.getContainer().querySelector(".geomig-title");
        var div = L.DomUtil.create("div", title ? "geomig-subtitle geomig-tilenote" : "geomig-title geomig-box geomig-tilenote",
          title || map.getContainer());
        div.setAttribute("role", "status");
        div.textContent = "The basemap did not load (no network?): the story is drawn without it. " +
          "geomig's --offline option makes a page with its own basemap.";
      });
    });
  }

  G.note = function (map, text) {
    var div = L.DomUtil.create("div", "geomig-note geomig-box", map.getContainer());
    div.textContent = text;
  };

  G.fullscreen = function (map) {
    control(map, "topleft", "leaflet-bar geomig-fullscreen", function (div) {
      var a = L.DomUtil.create("a", "", div);
      a.href = "#";
      a.title = "Full screen";
      a.setAttribute("role", "button");
      a.setAttribute("aria-label", "Full screen");
      a.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="#333" stroke-width="2"/></svg>';
      L.DomEvent.on(a, "click", function (e) {
        L.DomEvent.preventDefault(e);
        var c = map.getContainer();
        if (document.fullscreenElement) { document.exitFullscreen(); }
        else if (c.requestFullscreen) { c.requestFullscreen(); }
      });
    });
    document.addEventListener("fullscreenchange", function () { map.invalidateSize(); });
  };

  /* A small overview map synced with the main one; click it to pan there. */
  G.minimap = function (map, o) {
    var ctl = control(map, "bottomright", "geomig-minimap", function () {});
    var mini = L.map(ctl.getContainer(), {
      attributionControl: false, zoomControl: false, dragging: false, scrollWheelZoom: false,
      doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false, zoomSnap: 0
    });
    if (o.tiles) {
      L.tileLayer(o.tiles, {maxZoom: 19}).addTo(mini);
    } else if (G._basemap) {
      mini.getContainer().style.background = G._basemap.style.sea;
      bandLayer(G._basemap.data.bands[0], G._basemap.data.precision, G._basemap.style, "overlayPane").addTo(mini);
    }
    var box = L.rectangle(map.getBounds(), {color: "#d62728", weight: 1.5, fillOpacity: 0.08, interactive: false});
    function sync() {
      mini.setView(map.getCenter(), Math.max(map.getZoom() - 5, 0), {animate: false});
      box.setBounds(map.getBounds());
    }
    sync();
    box.addTo(mini);
    map.on("moveend", sync);
    mini.on("click", function (e) { map.panTo(e.latlng); });
  };

  /* Find a place by name among the drawn features; no network, just the map's own index. */
  G.search = function (map) {
    var idx = index(map);
    if (!idx.length) { return; }
    var listId = map.getContainer().id + "-places";
    control(map, "topleft", "geomig-search leaflet-bar", function (div) {
      var input = L.DomUtil.create("input", "", div);
      input.type = "search";
      input.placeholder = "Find a place…";
      input.setAttribute("aria-label", "Find a place on the map");
      input.setAttribute("list", listId);
      var list = L.DomUtil.create("datalist", "", div);
      list.id = listId;
      var seen = {};
      idx.forEach(function (e) {
        if (seen[e.name]) { return; }
        seen[e.name] = true;
        var opt = document.createElement("option");
        opt.value = e.name;
        list.appendChild(opt);
      });
      // Of the features of one name, the story's (a role's marker, a zone) before a place merely
      // mentioned there, and one on the map before one in a layer switched off.
      function pick(hits) {
        var score = function (e) { return (e.story ? 2 : 0) + (map.hasLayer(e.group) ? 1 : 0); };
        return hits.reduce(function (best, e) { return !best || score(e) > score(best) ? e : best; }, null);
      }
      function go() {
        var q = input.value.trim().toLowerCase();
        if (!q) { return; }
        var hit = pick(idx.filter(function (e) { return e.name.toLowerCase() === q; })) ||
          pick(idx.filter(function (e) { return e.name.toLowerCase().indexOf(q) === 0; })) ||
          pick(idx.filter(function (e) { return e.name.toLowerCase().indexOf(q) >= 0; }));
        if (!hit) { input.classList.add("geomig-miss"); return; }
        input.classList.remove("geomig-miss");
        if (!map.hasLayer(hit.group)) { map.addLayer(hit.group); }
        if (hit.cluster) {
          // Open the marker's own popup if the cluster shows it by then; a marker still folded
          // in a cluster gets the same content in a map popup at its place.
          var open = function () {
            if (map.hasLayer(hit.layer)) { hit.layer.openPopup(); return; }
            map.openPopup(hit.layer.getPopup().getContent(), hit.layer.getLatLng());
          };
          map.once("moveend", function () { setTimeout(open, 80); });   // clusters refresh on moveend too
          map.setView(hit.layer.getLatLng(), Math.max(map.getZoom(), 12));
        } else if (hit.layer.getLatLng) {
          map.setView(hit.layer.getLatLng(), Math.max(map.getZoom(), 7));
          hit.layer.openPopup();
        } else {
          map.fitBounds(hit.layer.getBounds(), {maxZoom: 8});
          hit.layer.openPopup();
        }
      }
      // Enter searches; so does picking a name from the list ("change"), but not twice.
      var last = null;
      L.DomEvent.on(input, "keydown", function (e) { if (e.key === "Enter") { last = input.value; go(); } });
      L.DomEvent.on(input, "change", function () { if (input.value !== last) { last = input.value; go(); } });
    });
  };
})();
