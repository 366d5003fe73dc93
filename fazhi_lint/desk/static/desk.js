// The desk's only script (no inline script anywhere: the page's CSP forbids it).
// Document text is only ever set through textContent, never as HTML.
"use strict";
(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]').content;

  // -- upload --------------------------------------------------------------------------
  const form = document.getElementById("upload-form");
  if (form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const status = document.getElementById("upload-status");
      const data = new FormData();
      for (const input of form.querySelectorAll('input[type="file"]')) {
        for (const file of input.files) data.append("files", file, file.webkitRelativePath || file.name);
      }
      if (![...data.keys()].length) { status.textContent = "请先选择文件或文件夹"; return; }
      status.textContent = "正在上传……";
      try {
        const response = await fetch("/upload", { method: "POST", body: data, headers: { "X-CSRF-Token": token() } });
        const answer = await response.json();
        if (!response.ok) { status.textContent = "上传失败：" + (answer.error || response.status); return; }
        status.textContent = "已上传 " + answer.files + " 个文件，正在检查……";
        window.location.assign(answer.url);
      } catch (error) {
        status.textContent = "上传失败：" + error;
      }
    });
  }

  // -- progress of a batch -------------------------------------------------------------
  const progress = document.getElementById("progress");
  if (progress && progress.dataset.finished !== "1") {
    const batch = progress.dataset.batch;
    const poll = async () => {
      let answer;
      try {
        answer = await (await fetch("/api/batch/" + batch)).json();
      } catch (error) { setTimeout(poll, 1500); return; }
      document.getElementById("bar").value = answer.finished;
      document.getElementById("progress-text").textContent = "已完成 " + answer.finished + " / " + answer.total;
      for (const file of answer.files) {
        const row = document.querySelector('tr[data-id="' + file.id + '"]');
        if (!row) continue;
        row.className = "status-" + file.status;
        row.querySelector(".status").textContent = file.status_zh;
        row.querySelector(".unit").textContent = file.unit;
        row.querySelector(".version").textContent = file.version ? "第 " + file.version + " 版" : "";
        if (file.status === "done") {
          row.querySelector(".errors").textContent = file.errors;
          row.querySelector(".findings").textContent = file.findings;
          const cell = row.cells[0];
          if (!cell.querySelector("a")) {
            const link = document.createElement("a");
            link.href = "/submission/" + file.id;
            link.textContent = file.name;
            cell.replaceChildren(link);
          }
        }
      }
      if (answer.finished === answer.total) {
        progress.dataset.finished = "1";
        document.getElementById("downloads").hidden = false;
        const summary = document.getElementById("summary");
        summary.hidden = false;
        const frame = document.getElementById("report-frame");
        frame.src = frame.dataset.src;
      } else {
        setTimeout(poll, 700);
      }
    };
    setTimeout(poll, 300);
  }

  // -- verdicts ------------------------------------------------------------------------
  for (const verdict of document.querySelectorAll("form.verdict")) {
    verdict.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = new FormData(verdict);
      if (event.submitter) data.set("verdict", event.submitter.value);
      const response = await fetch(verdict.action, { method: "POST", body: data, headers: { "X-CSRF-Token": token() } });
      if (!response.ok) { verdict.querySelector(".verdict-value").textContent = "保存失败"; return; }
      const answer = await response.json();
      verdict.querySelector(".verdict-value").textContent = answer.verdict || "未标记";
      for (const button of verdict.querySelectorAll(".verdict-button")) {
        button.classList.toggle("chosen", button.value === answer.verdict);
      }
    });
  }

  // -- marks and findings point at each other ------------------------------------------
  const flash = (element) => {
    element.scrollIntoView({ behavior: "smooth", block: "center" });
    element.classList.add("flash");
    setTimeout(() => element.classList.remove("flash"), 1500);
  };
  document.addEventListener("click", (event) => {
    const mark = event.target.closest("mark[data-f]");
    if (mark) { const card = document.getElementById("f" + mark.dataset.f); if (card) flash(card); return; }
    const head = event.target.closest(".finding .head");
    if (head) {
      const id = head.parentElement.dataset.f;
      const target = document.querySelector('mark[data-f="' + id + '"]');
      if (target) flash(target.closest(".block") || target);
    }
  });
})();
