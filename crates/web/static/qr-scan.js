// Camera scanning of a welcome passport's QR code on the trainers' check-in page
// (issue 5), as progressive enhancement. Without JavaScript, without a camera or
// without the browser's BarcodeDetector nothing changes: the trainer types the number.
// Where all three exist, a "Scan the QR code" button appears; a scan puts the code's
// text (the signed token WDP1.…) into the passport-number field and submits the same
// form, so the server checks the token's signature exactly as for a typed value.
// No library is downloaded: BarcodeDetector is the browser's own.
(function () {
  "use strict";
  var form = document.querySelector("form[data-qr-scan]");
  if (!form || !("BarcodeDetector" in window) || !navigator.mediaDevices ||
      typeof navigator.mediaDevices.getUserMedia !== "function") {
    return;
  }
  var input = form.querySelector("input[name=number]");
  if (!input) {
    return;
  }
  var formats = window.BarcodeDetector.getSupportedFormats
    ? window.BarcodeDetector.getSupportedFormats()
    : Promise.resolve(["qr_code"]);
  formats.then(function (list) {
    if (list.indexOf("qr_code") < 0) {
      return;
    }
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    var box = document.createElement("div");
    box.className = "qr-scan";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button secondary";
    button.textContent = form.getAttribute("data-qr-start");
    var status = document.createElement("p");
    status.className = "hint";
    status.setAttribute("role", "status");
    var video = document.createElement("video");
    video.setAttribute("playsinline", "");
    video.muted = true;
    video.hidden = true;
    video.setAttribute("aria-hidden", "true");
    box.appendChild(button);
    box.appendChild(status);
    box.appendChild(video);
    var field = input.closest(".field") || input;
    field.parentNode.insertBefore(box, field.nextSibling);

    var stream = null;
    var timer = null;

    function stop() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (stream) {
        stream.getTracks().forEach(function (t) { t.stop(); });
        stream = null;
      }
      video.hidden = true;
      button.textContent = form.getAttribute("data-qr-start");
    }

    function found(text) {
      stop();
      input.value = text.trim();
      status.textContent = form.getAttribute("data-qr-found");
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }

    function look() {
      if (!stream) {
        return;
      }
      detector.detect(video).then(function (codes) {
        if (codes.length > 0 && codes[0].rawValue) {
          found(codes[0].rawValue);
        } else {
          timer = setTimeout(look, 200);
        }
      }, function () {
        timer = setTimeout(look, 400);
      });
    }

    button.addEventListener("click", function () {
      if (stream) {
        stop();
        status.textContent = "";
        return;
      }
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
        .then(function (s) {
          stream = s;
          video.srcObject = s;
          video.hidden = false;
          button.textContent = form.getAttribute("data-qr-stop");
          status.textContent = form.getAttribute("data-qr-scanning");
          return video.play();
        })
        .then(look, function () {
          stop();
          status.textContent = form.getAttribute("data-qr-no-camera");
        });
    });
    window.addEventListener("pagehide", stop);
  }, function () { /* no QR support: the typed number works as before */ });
})();
