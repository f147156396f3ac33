// The console's only script: CSRF on every htmx request, and the till's combobox keys. The till shows
// an answer only for what the box says now: a search still on its way is aborted by the next one
// (hx-sync) and by Esc, and an answer for other text than the box's is not put in.
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function options() {
    return Array.prototype.slice.call(document.querySelectorAll("#results [role=option]"));
  }

  function activate(box, index) {
    var all = options();
    all.forEach(function (o, i) {
      o.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0 && all[index]) {
      box.setAttribute("aria-activedescendant", all[index].id);
      all[index].scrollIntoView({ block: "nearest" });
    } else {
      box.removeAttribute("aria-activedescendant");
    }
    box.dataset.active = String(index);
  }

  function clear(box) {
    if (window.htmx) {
      window.htmx.trigger(box, "htmx:abort");
    }
    box.value = "";
    document.getElementById("results-area").innerHTML = "";
    document.getElementById("result-count").textContent = "";
    box.setAttribute("aria-expanded", "false");
    activate(box, -1);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("q");
    if (!box) {
      return;
    }
    box.focus();
    box.setAttribute("aria-expanded", options().length > 0 ? "true" : "false");
    box.addEventListener("keydown", function (event) {
      var all = options();
      var active = parseInt(box.dataset.active || "-1", 10);
      if (event.key === "ArrowDown" && all.length > 0) {
        event.preventDefault();
        activate(box, Math.min(active + 1, all.length - 1));
      } else if (event.key === "ArrowUp" && all.length > 0) {
        event.preventDefault();
        activate(box, Math.max(active - 1, 0));
      } else if (event.key === "Enter" && active >= 0 && all[active]) {
        event.preventDefault();
        window.location.assign(all[active].dataset.href);
      } else if (event.key === "Escape") {
        event.preventDefault();
        clear(box);
      }
    });
    document.addEventListener("click", function (event) {
      var option = event.target.closest ? event.target.closest("#results [role=option]") : null;
      if (option) {
        window.location.assign(option.dataset.href);
      }
    });
    document.body.addEventListener("htmx:beforeSwap", function (event) {
      if (event.detail.target && event.detail.target.id === "results-area") {
        var asked = new URL(event.detail.xhr.responseURL, window.location.href).searchParams.get("q");
        if (asked !== box.value) {
          event.detail.shouldSwap = false;
        }
      }
    });
    document.body.addEventListener("htmx:afterSwap", function (event) {
      if (event.detail.target && event.detail.target.id === "results-area") {
        box.setAttribute("aria-expanded", options().length > 0 ? "true" : "false");
        activate(box, -1);
      }
    });
  });
})();
