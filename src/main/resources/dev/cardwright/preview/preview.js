// The live preview's side of the page: swaps in re-rendered parts, scrolls, reports which part
// is at the top, and keeps every link click inside Cardwright (the Java side decides what opens).
// The Java side reaches it as window.cardwright; it calls back through window.cwBridge.
(function () {
  'use strict';
  var reported = null;
  var timer = null;

  function part(id) {
    var all = document.querySelectorAll('section[data-section-id]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-section-id') === id) { return all[i]; }
    }
    return null;
  }

  function topPart() {
    var all = document.querySelectorAll('section[data-section-id]');
    var y = window.pageYOffset + 4;
    var found = all.length ? all[0] : null;
    for (var i = 0; i < all.length; i++) {
      // Empty parts (a blank preamble) have no height and never count as being at the top.
      if (all[i].offsetHeight === 0) { continue; }
      if (all[i].getBoundingClientRect().top + window.pageYOffset <= y) { found = all[i]; } else { break; }
    }
    return found ? found.getAttribute('data-section-id') : null;
  }

  function report() {
    timer = null;
    var id = topPart();
    if (id !== null && id !== reported) {
      reported = id;
      var bridge = window.cwBridge;
      if (bridge && typeof bridge.sectionScrolled !== 'undefined') { bridge.sectionScrolled(id); }
    }
  }

  function scrollToElement(el) {
    window.scrollTo(0, el.getBoundingClientRect().top + window.pageYOffset);
  }

  function anchorTarget(name) {
    var byId = document.getElementById(name);
    if (byId) { return byId; }
    var byName = document.getElementsByName(name);
    return byName.length ? byName[0] : null;
  }

  // Rows and charts the page holds back in <template class="cw-later"> (render/LaterChunks): each
  // takes its place once the element before it is in view or just below it (a results table grows
  // as the reader scrolls down it), or lies above a point the view is asked to go back to (untilY).
  function materialize(untilY) {
    var found = true;
    while (found) {
      found = false;
      var all = document.querySelectorAll('template.cw-later');
      for (var i = 0; i < all.length; i++) {
        var t = all[i];
        var rect = (t.previousElementSibling || t.parentNode).getBoundingClientRect();
        var wanted = (untilY !== undefined && rect.bottom + window.pageYOffset <= untilY + window.innerHeight)
            || (rect.bottom >= 0 && rect.top <= 2 * window.innerHeight);
        if (wanted) {
          t.parentNode.replaceChild(document.importNode(t.content, true), t);
          found = true;
          break;
        }
      }
    }
  }

  // Puts html into el changing only the top-level nodes that differ (a keystroke changes one
  // paragraph): WebKit then styles and lays out that block, not the whole section, which on a
  // long section was most of a keystroke's cost (issue 14). Equal leading and trailing nodes stay.
  function patchChildren(el, html) {
    var fresh = document.createElement('div');
    fresh.innerHTML = html;
    var olds = el.childNodes;
    var news = fresh.childNodes;
    var start = 0;
    while (start < olds.length && start < news.length && olds[start].isEqualNode(news[start])) { start++; }
    var endOld = olds.length;
    var endNew = news.length;
    while (endOld > start && endNew > start && olds[endOld - 1].isEqualNode(news[endNew - 1])) { endOld--; endNew--; }
    var before = endOld < olds.length ? olds[endOld] : null;
    for (var i = endOld - 1; i >= start; i--) { el.removeChild(olds[i]); }
    var added = [];
    for (var j = start; j < endNew; j++) { added.push(news[j]); }
    for (var k = 0; k < added.length; k++) { el.insertBefore(added[k], before); }
    return endOld - start;
  }

  window.cardwright = {
    replacePart: function (id, html) {
      var el = part(id);
      if (!el) { return false; }
      patchChildren(el, html);
      return true;
    },
    replaceMetadata: function (html) {
      var el = document.querySelector('header.cw-metadata');
      if (!el) { return false; }
      el.innerHTML = html;
      materialize();
      return true;
    },
    replaceEvals: function (html) {
      var el = document.getElementById('cw-evals');
      if (el) {
        el.insertAdjacentHTML('afterend', html);
        el.parentNode.removeChild(el);
        materialize();
        return true;
      }
      var header = document.querySelector('header.cw-metadata');
      if (!header) { return false; }
      header.insertAdjacentHTML('afterend', html);
      materialize();
      return true;
    },
    scrollToPart: function (id) {
      var el = part(id);
      if (!el) { return false; }
      // A scroll asked for by the editor is not reported back to it.
      reported = id;
      scrollToElement(el);
      materialize();
      return true;
    },
    partText: function (id) {
      var el = part(id);
      return el ? el.textContent : null;
    },
    topPart: topPart,
    setTheme: function (name) { document.documentElement.setAttribute('data-theme', name); },
    scrollY: function () { return window.pageYOffset; },
    restoreScroll: function (y) { materialize(y); window.scrollTo(0, y); materialize(); reported = topPart(); },
    materialize: function () { materialize(); }
  };

  window.addEventListener('scroll', function () {
    materialize();
    if (timer === null) { timer = window.setTimeout(report, 60); }
  });
  window.addEventListener('resize', function () { materialize(); });
  window.addEventListener('load', function () { materialize(); });

  // Capture phase, so no element of the card can see the click first.
  document.addEventListener('click', function (event) {
    var node = event.target;
    while (node && node.nodeType === 1 && node.tagName.toLowerCase() !== 'a') { node = node.parentNode; }
    if (!node || node.nodeType !== 1) { return; }
    event.preventDefault();
    var href = node.getAttribute('href');
    if (!href) { return; }
    if (href.charAt(0) === '#') {
      var name = href.substring(1);
      try { name = decodeURIComponent(name); } catch (e) { /* keep it as written */ }
      var target = anchorTarget(name);
      if (target) { scrollToElement(target); }
      return;
    }
    var bridge = window.cwBridge;
    if (bridge && typeof bridge.openLink !== 'undefined') { bridge.openLink(node.href); }
  }, true);
}());
