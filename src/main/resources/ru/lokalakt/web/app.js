// The page of lokalakt serve: keeps the profile being edited as data and posts it as JSON (the server alone writes
// YAML); shows the validator's report — each problem beside its field once the field has been touched, a summary with
// links to the fields, which documents are ready and which wait for which fields; keeps a draft in the browser.
(() => {
  'use strict';
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const CASES = [['gen', 'Родительный (кого? чего?)'], ['dat', 'Дательный (кому? чему?)'], ['acc', 'Винительный (кого? что?)'],
    ['ins', 'Творительный (кем? чем?)'], ['pre', 'Предложный (о ком? о чём?)']];
  const DRAFT = 'lokalakt-draft';
  const state = {
    data: {}, saved: null, version: 'new', timer: null, seq: 0, rows: 0, report: null, touched: new Set(),
    showAll: false, dirty: false, previewFor: null, open: false,
  };
  let spec = {};

  // ---- data by dotted path --------------------------------------------------------------------------------
  function get(obj, path) {
    return path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
  }
  function set(obj, path, value) {
    const keys = path.split('.');
    let o = obj;
    for (let i = 0; i < keys.length - 1; i++) {
      if (!o[keys[i]] || typeof o[keys[i]] !== 'object' || Array.isArray(o[keys[i]])) o[keys[i]] = {};
      o = o[keys[i]];
    }
    const last = keys[keys.length - 1];
    if (value === undefined || value === '' || value === false) delete o[last]; else o[last] = value;
    prune(obj, keys.slice(0, -1));
  }
  function prune(obj, keys) {
    for (let n = keys.length; n > 0; n--) {
      const parent = n === 1 ? obj : get(obj, keys.slice(0, n - 1).join('.'));
      const child = parent && parent[keys[n - 1]];
      if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0) delete parent[keys[n - 1]];
    }
  }
  function nominative(v) { return v && typeof v === 'object' && !Array.isArray(v) ? (v.nom || '') : (v == null ? '' : String(v)); }

  // Dates: typed ДД.ММ.ГГГГ, kept as the profile writes them (ГГГГ-ММ-ДД); a text that is no such date is kept as
  // typed, and the validator says what is wrong with it.
  function toIso(text) {
    const t = text.trim();
    const m = t.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
    return m ? m[3] + '-' + m[2].padStart(2, '0') + '-' + m[1].padStart(2, '0') : t;
  }
  function fromIso(v) {
    const m = String(v || '').match(/^(\d{4})-(\d{2})-(\d{2})$/);
    return m ? m[3] + '.' + m[2] + '.' + m[1] : (v == null ? '' : String(v));
  }

  // ---- the API ------------------------------------------------------------------------------------------
  function payload() {
    return JSON.stringify({ profile: state.data, saved: state.saved });
  }
  // Every request: an unreachable server or one that does not answer in time is said plainly, never a hang.
  async function call(url, options = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeout || 60000);
    try {
      return await fetch(url, Object.assign({ signal: controller.signal }, options));
    } catch (e) {
      throw new Error('unreachable');
    } finally {
      clearTimeout(timer);
    }
  }
  function post(url) {
    return call(url, { method: 'POST', body: payload(), headers: { 'Content-Type': 'application/json' } });
  }
  async function jsonOf(response) {
    try { return await response.json(); } catch (e) { return { error: 'сервер ответил кодом ' + response.status }; }
  }
  const UNREACHABLE = 'Нет связи с программой lokalakt: похоже, она остановлена или компьютер отключён от сети. '
    + 'Запустите её снова и повторите — введённые сведения сохранены в этом браузере.';
  function say(text, kind) {
    const s = $('#status');
    s.textContent = text;
    s.className = 'status' + (kind ? ' ' + kind : '');
  }

  // ---- labels ---------------------------------------------------------------------------------------------
  function staffLabel(key) {
    const row = $$('.staff-row').find(r => r.dataset.key === key);
    const p = (state.data.staff || {})[key] || {};
    const n = row ? row.dataset.n : '';
    return 'Работник ' + n + (p.surname ? ' (' + p.surname + ')' : '');
  }
  function labelOf(path) {
    if (!path) return 'Документ';
    if (spec[path]) return spec[path].label;
    let m = path.match(/^head(?:\.([a-z_]+))?/);
    if (m) return 'Руководитель' + (m[1] && spec['person.' + m[1]] ? ': ' + spec['person.' + m[1]].label.toLowerCase() : '');
    m = path.match(/^staff\.([^.]+)(?:\.([a-z_]+))?/);
    if (m) return staffLabel(m[1]) + (m[2] && spec['person.' + m[2]] ? ': ' + spec['person.' + m[2]].label.toLowerCase() : '');
    if (path === 'kind' || path.startsWith('kind.')) return 'Вид организации';
    if (path.startsWith('region')) return 'Регион';
    while (path.includes('.')) {
      path = path.slice(0, path.lastIndexOf('.'));
      if (spec[path]) return spec[path].label;
    }
    return 'Сведения';
  }

  // ---- the form -----------------------------------------------------------------------------------------
  function fieldOf(el) { return el.closest('.field'); }
  function show(el, value) {
    if (el.type === 'checkbox') el.checked = value === true;
    else if (el.dataset.type === 'date') el.value = fromIso(value);
    else el.value = nominative(value);
  }
  function fill() {
    for (const el of $$('#profile-form [data-path]')) {
      if (el.dataset.path === 'region') continue;
      show(el, get(state.data, el.dataset.path));
    }
    $('#f-region').value = typeof state.data.region === 'string' ? state.data.region : '';
    const head = state.data.head || {};
    for (const el of $$('#g-head [data-person]')) show(el, head[el.dataset.person]);
    const headGender = $('#g-head [data-person="gender"]');
    if (head.gender) headGender.dataset.chosen = '1'; else delete headGender.dataset.chosen;
    ownRegion();
    packagesView();
    $('#staff-rows').textContent = '';
    state.rows = 0;
    const staff = state.data.staff || {};
    for (const key of Object.keys(staff)) addRow(key);
    staffChoices();
  }
  function valueOf(el) {
    if (el.type === 'checkbox') return el.checked ? true : undefined;
    if (el.dataset.type === 'date') return el.value.trim() === '' ? undefined : toIso(el.value);
    return el.value.trim() === '' ? undefined : el.value;
  }
  function onInput(e) {
    const el = e.target;
    if (el.matches('input[data-case], .calendar')) return;
    if (el.matches('#profile-form [data-path]')) {
      const path = el.dataset.path;
      if (path === 'region') {
        if (el.value) state.data.region = el.value;
        else if (typeof state.data.region === 'string') delete state.data.region;
        ownRegion();
      } else {
        const current = get(state.data, path);
        const value = valueOf(el);
        if (el.tagName === 'INPUT' && current && typeof current === 'object' && !Array.isArray(current) && value) current.nom = value;
        else set(state.data, path, value);
      }
    } else if (el.matches('#g-head [data-person]')) {
      state.data.head = state.data.head || {};
      setPerson(state.data.head, el.dataset.person, valueOf(el));
      guessGender(state.data.head, $('#g-head'), el);
      if (!Object.keys(state.data.head).length) delete state.data.head;
    } else if (el.closest('.staff-row') && el.dataset.person) {
      const row = el.closest('.staff-row');
      const staff = state.data.staff = state.data.staff || {};
      const person = staff[row.dataset.key] = staff[row.dataset.key] || {};
      setPerson(person, el.dataset.person, valueOf(el));
      guessGender(person, row, el);
      if (['surname', 'initials', 'first_name', 'patronymic', 'position'].includes(el.dataset.person)) staffChoices();
    } else {
      return;
    }
    changed();
  }
  function setPerson(person, field, value) {
    const current = person[field];
    if (current && typeof current === 'object' && value) current.nom = value;
    else if (value === undefined) delete person[field];
    else person[field] = value;
  }
  // The gender follows from the patronymic (or the surname's ending) as soon as it is clear; a choice made by hand stays.
  function guessGender(person, root, el) {
    const select = $('[data-person="gender"]', root);
    if (!select || el === select || select.dataset.chosen) return;
    const p = (person.patronymic || '').trim().toLowerCase();
    const s = (person.surname || '').trim().toLowerCase();
    let g = '';
    if (/(вна|чна|кызы)$/.test(p)) g = 'female';
    else if (/(вич|ич|оглы)$/.test(p)) g = 'male';
    else if (/(ова|ева|ёва|ина|ына|ская|цкая|ая)$/.test(s)) g = 'female';
    else if (/(ов|ев|ёв|ин|ын|ский|цкий|ой|ый)$/.test(s)) g = 'male';
    if (g && select.value !== g) {
      select.value = g;
      person.gender = g;
    }
  }
  function onChangeSelect(e) {
    if (e.target.matches('[data-person="gender"]')) e.target.dataset.chosen = '1';
  }

  // The packages of documents the profile uses: its own list, else those every profile gets by default. Their groups
  // of fields and their documents are shown; the others are hidden (and their fields kept as they are).
  function packagesUsed() {
    const boxes = $$('[data-package-choice]');
    if (Array.isArray(state.data.packages)) return state.data.packages;
    return boxes.length ? boxes.filter(b => b.dataset.default).map(b => b.dataset.packageChoice) : null;
  }
  function packagesView() {
    const used = packagesUsed();
    for (const b of $$('[data-package-choice]')) b.checked = !!used && used.includes(b.dataset.packageChoice);
    for (const el of $$('[data-package]')) el.hidden = !!used && !used.includes(el.dataset.package);
  }
  function onPackages() {
    const chosen = $$('[data-package-choice]').filter(b => b.checked).map(b => b.dataset.packageChoice);
    const defaults = $$('[data-package-choice]').filter(b => b.dataset.default).map(b => b.dataset.packageChoice);
    if (chosen.join() === defaults.join()) delete state.data.packages;
    else state.data.packages = chosen;
    packagesView();
    changed();
  }

  function ownRegion() {
    $('#own-region').hidden = typeof state.data.region === 'string';
    regionCheck();
  }
  // A bundled region with entries not checked against their source: the user confirms them before the documents
  // are made (the confirmation is kept with the draft).
  function regionCheck() {
    const items = typeof state.data.region === 'string' ? ((spec.unverified || {})[state.data.region] || []) : [];
    $('#region-check').hidden = !items.length;
    const list = $('#region-check-list');
    list.textContent = '';
    for (const item of items) {
      const li = document.createElement('li');
      li.textContent = item;
      list.appendChild(li);
    }
    $('#region-confirmed').checked = state.confirmed === state.data.region;
  }
  function regionUnconfirmed() {
    return typeof state.data.region === 'string' && ((spec.unverified || {})[state.data.region] || []).length
      && state.confirmed !== state.data.region;
  }

  // Staff: one row per person; the key the profile files them under is made here and never shown.
  function addRow(key) {
    const n = ++state.rows;
    const holder = document.createElement('div');
    holder.innerHTML = $('#staff-row').innerHTML.replaceAll('ROW', String(n));
    const row = holder.firstElementChild;
    row.dataset.key = key;
    row.dataset.n = String(n);
    $('legend', row).textContent = 'Работник ' + n;
    const person = (state.data.staff || {})[key] || {};
    for (const el of $$('[data-person]', row)) show(el, person[el.dataset.person]);
    if (person.gender) $('[data-person="gender"]', row).dataset.chosen = '1';
    $('[data-forms="staff"]', row).dataset.forms = 'staff.' + key;
    const position = $('[data-forms="position"]', row);
    if (position) position.dataset.forms = 'staff.' + key + '.position';
    $('#staff-rows').appendChild(row);
    return row;
  }
  function newStaff() {
    const staff = state.data.staff = state.data.staff || {};
    let n = 1;
    while (staff['rabotnik' + n]) n++;
    staff['rabotnik' + n] = {};
    const row = addRow('rabotnik' + n);
    staffChoices();
    $('[data-person="surname"]', row).focus();
    changed();
  }
  function removeStaff(button) {
    const row = button.closest('.staff-row');
    const key = row.dataset.key;
    delete (state.data.staff || {})[key];
    if (state.data.staff && !Object.keys(state.data.staff).length) delete state.data.staff;
    // Every field that names an employee (the form marks them, each package's included) lets go of the row.
    for (const select of $$('select[data-type="staff"]')) {
      if (get(state.data, select.dataset.path) === key) set(state.data, select.dataset.path, undefined);
    }
    row.remove();
    staffChoices();
    $('#add-staff').focus();
    changed();
  }
  function staffChoices() {
    const keys = Object.keys(state.data.staff || {});
    for (const select of $$('select[data-type="staff"]')) {
      const value = get(state.data, select.dataset.path) || '';
      for (const o of $$('option', select)) if (o.value !== '' && o.value !== 'self') o.remove();
      for (const k of keys) {
        const o = document.createElement('option');
        const p = state.data.staff[k] || {};
        const initials = p.initials || [p.first_name, p.patronymic].filter(Boolean).map(x => x.trim()[0] + '.').join(' ');
        o.value = k;
        o.textContent = p.surname ? p.surname + ' ' + initials + (p.position ? ' — ' + nominative(p.position) : '') : staffLabel(k) + ' (фамилия не указана)';
        select.appendChild(o);
      }
      select.value = value;
    }
  }

  // ---- messages beside fields, the summary, the documents -------------------------------------------------
  function target(field) {
    if (!field) return null;
    let path = field;
    while (path) {
      let el = $(`#profile-form [data-path="${CSS.escape(path)}"]`);
      if (el) return el;
      const m = path.match(/^head(?:\.([a-z_]+))?/);
      if (m) {
        el = $(`#g-head [data-person="${m[1] || 'surname'}"]`) || $('#g-head [data-person="surname"]');
        if (el) return el;
      }
      const s = path.match(/^staff\.([^.]+)(?:\.([a-z_]+))?/);
      if (s) {
        const row = $$('.staff-row').find(r => r.dataset.key === s[1]);
        if (row) return $(`[data-person="${s[2] || 'surname'}"]`, row) || $('[data-person="surname"]', row);
      }
      if (path.startsWith('region.') && !$('#own-region').hidden) {
        el = $('#f-region-name');
        if (el) return el;
      }
      path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    }
    return null;
  }
  function touchedPath(el) {
    if (el.dataset.path) return el.dataset.path;
    if (el.closest('#g-head')) return 'head.' + el.dataset.person;
    const row = el.closest('.staff-row');
    return row ? 'staff.' + row.dataset.key + '.' + el.dataset.person : '';
  }
  // A problem is shown once its field has been left (or the user asked to see them all): an untouched form is
  // not a form full of errors.
  function visible(problem, el) {
    if (state.showAll) return true;
    if (!el) return false;
    return state.touched.has(touchedPath(el));
  }
  function showReport(report) {
    for (const p of $$('#profile-form .error')) p.textContent = '';
    for (const el of $$('#profile-form [aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const f of $$('#profile-form .field.invalid')) f.classList.remove('invalid');
    const summary = [];
    const general = [];
    let hidden = 0;
    for (const e of report.errors || []) {
      const el = target(e.field);
      if (!visible(e, el)) {
        hidden++;
        continue;
      }
      const box = el && $('.error', fieldOf(el));
      if (box) {
        box.textContent = box.textContent ? box.textContent + '; ' + e.message : e.message;
        el.setAttribute('aria-invalid', 'true');
        fieldOf(el).classList.add('invalid');
        summary.push([el, labelOf(e.field), e.message]);
      } else {
        general.push(e.message);
      }
    }
    const list = $('#summary-list');
    // Rebuilt only when it changes: a link being clicked is not replaced under the pointer.
    const signature = summary.map(([el, label, message]) => el.id + '|' + label + '|' + message).join('\n');
    if (list.dataset.signature !== signature) {
    list.dataset.signature = signature;
    list.textContent = '';
    for (const [el, label, message] of summary) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#' + el.id;
      a.textContent = label + ': ' + message;
      a.addEventListener('click', ev => { ev.preventDefault(); focusField(el); });
      li.appendChild(a);
      list.appendChild(li);
    }
    }
    $('#error-summary').hidden = summary.length === 0;
    const g = $('#general-errors');
    g.textContent = '';
    for (const m of general) {
      const p = document.createElement('p');
      p.textContent = m;
      g.appendChild(p);
    }
    showDocuments(report);
    const ready = (report.documents || []).filter(d => d.ready).length;
    const total = (report.documents || []).length;
    if (summary.length) say('Исправьте отмеченные поля (' + summary.length + '). Готово документов: ' + ready + ' из ' + total + '.', 'bad');
    else if (hidden) say('Готово документов: ' + ready + ' из ' + total + '. Осталось заполнить полей: ' + hidden + '.');
    // A check that answers after a save does not erase its confirmation while nothing has changed since.
    else say(state.savedNote && !state.dirty ? state.savedNote
      : 'Все сведения заполнены: готовы все документы (' + ready + ' из ' + total + ').', 'good');
  }
  function focusField(el) {
    const details = el.closest('details');
    if (details) details.open = true;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }
  // A link to the field a document waits for; following it marks the field, so its message shows.
  function fieldLink(f, label) {
    const el = target(f);
    if (!el) return document.createTextNode(label);
    const a = document.createElement('a');
    a.href = '#' + el.id;
    a.textContent = label;
    a.addEventListener('click', ev => {
      ev.preventDefault();
      state.touched.add(touchedPath(el));
      showReport(state.report);
      focusField(el);
    });
    return a;
  }
  // Which documents are ready, and what each still waits for: the fields every document needs are said once above
  // the list, each document names only the fields of its own (the application's ИНН).
  function showDocuments(report) {
    const docs = report.documents || [];
    const total = docs.length;
    const common = [];
    for (const e of report.errors || []) {
      if ((e.documents || []).length === total && total && !common.includes(e.field)) common.push(e.field);
    }
    const head = $('#doc-common');
    head.textContent = '';
    if (common.length) {
      head.append('Всем документам нужны ещё сведения: ' + common.length + ' ' + plural(common.length, 'поле', 'поля', 'полей')
        + ' — начните с поля «');
      head.append(fieldLink(common[0], labelOf(common[0])));
      head.append('».');
    }
    for (const d of docs) {
      const li = $(`#doc-list li[data-doc="${CSS.escape(d.id)}"]`);
      if (!li) continue;
      const box = $('.doc-state', li);
      box.textContent = '';
      li.classList.toggle('ready', d.ready);
      if (d.ready) {
        box.textContent = '— готов';
        continue;
      }
      const own = [];
      for (const f of d.waiting) if (!common.includes(f) && !own.includes(f)) own.push(f);
      if (!own.length) {
        box.textContent = '— ждёт общих сведений';
        continue;
      }
      box.append('— ждёт: ');
      own.slice(0, 3).forEach((f, i) => {
        if (i) box.append(', ');
        box.append(f ? fieldLink(f, labelOf(f)) : document.createTextNode('замечания к тексту'));
      });
      if (own.length > 3) box.append(' и ещё ' + (own.length - 3));
      if (common.length) box.append(' и общих сведений');
    }
    updateButtons();
  }
  function plural(n, one, few, many) {
    const m10 = n % 10, m100 = n % 100;
    return m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  }
  function selectedDoc() {
    const r = $('#doc-list input[name=doc]:checked');
    return r ? r.value : 'sferum/prikaz';
  }
  function docReady(doc) {
    const d = ((state.report || {}).documents || []).find(x => x.id === doc);
    return !!(d && d.ready);
  }
  function updateButtons() {
    const ready = docReady(selectedDoc());
    for (const b of $$('[data-download]:not([data-download=zip])')) b.setAttribute('aria-disabled', ready ? 'false' : 'true');
    const any = ((state.report || {}).documents || []).some(d => d.ready);
    $('#download-zip').setAttribute('aria-disabled', any ? 'false' : 'true');
  }

  // ---- case forms, collapsed behind «Проверить падежи» --------------------------------------------------
  function showForms(forms) {
    for (const box of $$('details[data-forms]')) {
      const path = box.dataset.forms;
      const f = forms[path];
      const cases = $('.cases', box);
      box.hidden = !f;
      if (!f) continue;
      if (!cases.firstChild || box.dataset.built !== path) {
        cases.textContent = '';
        box.dataset.built = path;
        const title = document.createElement('p');
        title.className = 'forms-title';
        title.textContent = 'Так будет в документах; исправьте форму, если она неверна:';
        cases.appendChild(title);
        for (const [c, label] of CASES) {
          const id = 'forms-' + path.replace(/\W/g, '-') + '-' + c;
          const wrap = document.createElement('div');
          wrap.className = 'case';
          const l = document.createElement('label');
          l.setAttribute('for', id);
          l.textContent = label;
          const input = document.createElement('input');
          input.id = id;
          input.type = 'text';
          input.dataset.case = c;
          input.dataset.formsPath = path;
          input.setAttribute('autocomplete', 'off');
          wrap.append(l, input);
          cases.appendChild(wrap);
        }
      }
      for (const input of $$('input[data-case]', box)) {
        if (document.activeElement !== input) input.value = f[input.dataset.case] || '';
      }
    }
  }
  function onFormOverride(e) {
    const input = e.target;
    if (!input.matches('input[data-case]')) return;
    const path = input.dataset.formsPath;
    const c = input.dataset.case;
    const value = input.value.trim();
    const person = path === 'head' ? state.data.head : path.startsWith('staff.') && path.split('.').length === 2
      ? (state.data.staff || {})[path.slice(6)] : null;
    if (person) {
      const forms = person.surname_forms = person.surname_forms || {};
      if (value) forms[c] = value.split(/\s+/)[0]; else delete forms[c];
      if (!Object.keys(forms).length) delete person.surname_forms;
    } else {
      let v = get(state.data, path);
      if (!v || typeof v !== 'object') v = { nom: nominative(v) };
      if (value) v[c] = value; else delete v[c];
      set(state.data, path, Object.keys(v).length === 1 ? v.nom : v);
    }
    changed();
  }

  // ---- checking and the preview -------------------------------------------------------------------------
  function changed() {
    state.dirty = true;
    state.savedNote = null;
    keepDraft();
    markOutdated();
    clearTimeout(state.timer);
    state.timer = setTimeout(update, 300);
  }
  function markOutdated() {
    $('.frame').classList.add('outdated');
    $('#preview-note').textContent = 'Предпросмотр обновляется…';
  }
  async function update() {
    const seq = ++state.seq;
    let report;
    try {
      const r = await post('/api/check');
      report = await jsonOf(r);
      if (!r.ok) throw new Error(report.error || 'сервер ответил кодом ' + r.status);
    } catch (e) {
      if (seq === state.seq) say(e.message === 'unreachable' ? UNREACHABLE : 'Проверка не удалась: ' + e.message, 'bad');
      return;
    }
    if (seq !== state.seq) return;
    state.report = report;
    $('#f-id').placeholder = report.id ? report.id : '';
    showReport(report);
    showForms(report.forms || {});
    await preview(seq);
  }
  async function preview(seq) {
    const doc = selectedDoc();
    const frame = $('.frame');
    if (!docReady(doc)) {
      frame.classList.add('outdated');
      frame.classList.add('waiting');
      $('#preview-note').textContent = 'Этот документ ещё ждёт сведений (они названы в списке документов): предпросмотр появится, когда они будут заполнены без ошибок.';
      return;
    }
    let r;
    try {
      r = await post('/api/render?doc=' + encodeURIComponent(doc) + '&format=html');
    } catch (e) {
      if (seq === state.seq) say(UNREACHABLE, 'bad');
      return;
    }
    if (seq !== state.seq) return;
    if (r.ok) {
      $('#preview').srcdoc = await r.text();
      frame.classList.remove('outdated', 'waiting');
      $('#preview-note').textContent = '';
    } else {
      frame.classList.add('outdated');
      $('#preview-note').textContent = 'Предпросмотр недоступен: ' + ((await jsonOf(r)).errors || [{ message: '' }]).map(e => e.message).join('; ');
    }
  }

  // ---- downloads, saving --------------------------------------------------------------------------------
  const fileName = (response, fallback) => window.lokalakt.fileName(response, fallback);
  const saveBlob = (blob, name) => window.lokalakt.saveBlob(blob, name);
  async function download(format) {
    const doc = selectedDoc();
    if (regionUnconfirmed()) {
      say('Сначала сверьте сведения региона и отметьте «Сведения верны» (раздел «Вид и регион»).', 'bad');
      focusField($('#region-confirmed'));
      return;
    }
    if (format !== 'zip' && !docReady(doc) || format === 'zip' && $('#download-zip').getAttribute('aria-disabled') === 'true') {
      state.showAll = true;
      showReport(state.report || {});
      say('Документ ещё не готов: заполните поля, которые он ждёт (отмечены в списке документов).', 'bad');
      if (!$('#error-summary').hidden) $('#error-summary').focus();
      return;
    }
    const url = '/api/render?format=' + format + (format === 'zip' ? '' : '&doc=' + encodeURIComponent(doc));
    say('Готовлю файл…');
    let r;
    try {
      r = await post(url);
    } catch (e) {
      say(UNREACHABLE, 'bad');
      return;
    }
    if (r.ok) {
      saveBlob(await r.blob(), fileName(r, 'document.' + format));
      say('Файл готов: ' + fileName(r, ''), 'good');
    } else {
      const body = await jsonOf(r);
      state.showAll = true;
      say('Файл не создан: ' + (body.error || (body.errors || []).map(e => e.message).join('; ')), 'bad');
    }
  }
  async function downloadProfile() {
    let r;
    try {
      r = await post('/api/yaml');
    } catch (e) {
      say(UNREACHABLE, 'bad');
      return;
    }
    if (r.ok) {
      saveBlob(await r.blob(), fileName(r, 'profil.yaml'));
      state.dirty = false;
      say('Файл профиля скачан: его можно открыть здесь же («Свой файл профиля») или в программе lokalakt.', 'good');
    } else {
      say('Файл профиля не создан: ' + (await jsonOf(r)).error, 'bad');
    }
  }
  async function save() {
    let r;
    try {
      r = state.saved
        ? await call('/api/profiles/' + encodeURIComponent(state.saved), { method: 'PUT', body: payload(),
          headers: { 'Content-Type': 'application/json', 'If-Match': '"' + state.version + '"' } })
        : await call('/api/profiles', { method: 'POST', body: payload(), headers: { 'Content-Type': 'application/json' } });
    } catch (e) {
      say(UNREACHABLE, 'bad');
      return;
    }
    const body = await jsonOf(r);
    if (r.ok) {
      state.saved = body.name || state.saved;
      state.version = body.version;
      state.dirty = false;
      keepDraft();
      state.savedNote = 'Сохранено на сервере: «' + titleOf(state.data) + '» — найдёте в «Сохранённых» на первой странице.';
      say(state.savedNote, 'good');
      versions();
    } else {
      say('Не сохранено: ' + (body.error || 'сервер ответил кодом ' + r.status), 'bad');
    }
  }
  // ---- the versions of a saved profile ------------------------------------------------------------------
  async function versions() {
    const box = $('#versions');
    const list = $('#versions-list');
    list.textContent = '';
    if (!state.saved) { box.hidden = true; return; }
    let r;
    try { r = await call('/api/profiles/' + encodeURIComponent(state.saved) + '/versions'); } catch (e) { return; }
    if (!r.ok) { box.hidden = true; return; }
    const all = (await jsonOf(r)).versions || [];
    box.hidden = all.length === 0;
    const last = all.length ? all[all.length - 1].number : 0;
    for (const v of all.slice().reverse()) {
      const li = document.createElement('li');
      li.value = v.number;
      li.dataset.version = v.number;
      const head = document.createElement('span');
      head.textContent = when(v.time) + ' — ' + v.action + (v.number === last ? ' (текущая)' : '');
      li.appendChild(head);
      if (v.number > 1) {
        const diff = document.createElement('button');
        diff.type = 'button';
        diff.className = 'link';
        diff.textContent = 'Что изменилось';
        diff.addEventListener('click', () => changes(li, v.number - 1, v.number));
        li.appendChild(diff);
      }
      if (v.number !== last) {
        const order = document.createElement('button');
        order.type = 'button';
        order.className = 'link amend-order';
        order.textContent = 'Приказ об изменениях (DOCX)';
        order.addEventListener('click', () => amendOrder(li, v.number, last));
        li.appendChild(order);
        const back = document.createElement('button');
        back.type = 'button';
        back.className = 'link';
        back.textContent = 'Восстановить';
        back.addEventListener('click', () => restore(v.number));
        li.appendChild(back);
      }
      list.appendChild(li);
    }
  }
  // The amending order between a version and the current one; what stops it is said under the version, in words.
  async function amendOrder(li, from, to) {
    let r;
    try {
      r = await call('/api/profiles/' + encodeURIComponent(state.saved) + '/amend?from=' + from + '&to=' + to + '&format=docx');
    } catch (e) { say(UNREACHABLE, 'bad'); return; }
    let p = $('p.amend-error', li);
    if (r.ok) {
      if (p) p.remove();
      saveBlob(await r.blob(), fileName(r, 'prikaz-ob-izmeneniyakh.docx'));
      say('Файл готов: ' + fileName(r, ''), 'good');
      return;
    }
    const body = await jsonOf(r);
    if (!p) { p = document.createElement('p'); p.className = 'error amend-error'; li.appendChild(p); }
    p.textContent = 'Приказ не составлен: ' + (body.error || (body.errors || []).map(e => e.message).join('; ')
      || 'сервер ответил кодом ' + r.status);
  }
  async function changes(li, from, to) {
    let r;
    try { r = await call('/api/profiles/' + encodeURIComponent(state.saved) + '/changes?from=' + from + '&to=' + to); } catch (e) { return; }
    const body = await jsonOf(r);
    let ul = $('ul.changes', li);
    if (!ul) { ul = document.createElement('ul'); ul.className = 'changes'; li.appendChild(ul); }
    ul.textContent = '';
    for (const c of (body.changes && body.changes.length ? body.changes : ['сведения не изменились'])) {
      const item = document.createElement('li');
      item.textContent = c;
      ul.appendChild(item);
    }
  }
  async function restore(n) {
    if (state.dirty && !window.confirm('Несохранённые правки будут заменены версией ' + n + '. Продолжить?')) return;
    let r;
    try {
      r = await call('/api/profiles/' + encodeURIComponent(state.saved) + '/versions/' + n + '/restore',
        { method: 'POST', headers: { 'If-Match': '"' + state.version + '"' } });
    } catch (e) { say(UNREACHABLE, 'bad'); return; }
    const body = await jsonOf(r);
    if (!r.ok) { say('Не восстановлено: ' + (body.error || 'сервер ответил кодом ' + r.status), 'bad'); return; }
    const text = await (await call('/api/profiles/' + encodeURIComponent(state.saved))).text();
    state.dirty = false;
    keepDraft();
    await openText(text, body.version, state.saved);
    // A notice above the form stays; the status line is the report's, redrawn as the profile is checked.
    $('#notice').hidden = false;
    $('#notice').textContent = 'Восстановлена версия ' + n + ': она сохранена как новая.';
  }

  function titleOf(data) {
    const inst = data.institution || {};
    return nominative(inst.short_name) || nominative(inst.full_name) || 'организация без названия';
  }

  // ---- the draft in this browser ------------------------------------------------------------------------
  function keepDraft() {
    try {
      localStorage.setItem(DRAFT, JSON.stringify({ data: state.data, saved: state.saved, version: state.version,
        confirmed: state.confirmed,
        dirty: state.dirty, time: Date.now(), touched: Array.from(state.touched) }));
    } catch (e) { /* a full or disabled storage: the warning before leaving still guards the work */ }
  }
  function readDraft() {
    try { return JSON.parse(localStorage.getItem(DRAFT) || 'null'); } catch (e) { return null; }
  }
  function when(time) {
    const d = new Date(time);
    return d.toLocaleDateString('ru-RU') + ' в ' + d.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' });
  }

  // ---- the start screen ---------------------------------------------------------------------------------
  function open(data, version, saved, notice, touched, confirmed) {
    state.savedNote = null;
    state.data = data || {};
    state.confirmed = confirmed || null;
    state.version = version || 'new';
    state.saved = saved || null;
    state.touched = new Set(touched || []);
    state.showAll = false;
    state.report = null;
    state.open = true;
    $('#start').hidden = true;
    $('#editor').hidden = false;
    $('#notice').hidden = !notice;
    $('#notice').textContent = notice || '';
    fill();
    $('#editor-title').focus();
    keepDraft();
    versions();
    clearTimeout(state.timer);
    markOutdated();
    update();
  }
  function startOver(data, version, saved, notice) {
    const draft = readDraft();
    // The name is given as it is (it has its own quotes: «…» around «МАДОУ «Детский сад № 5»» would nest them).
    if (draft && draft.dirty && !window.confirm('Несохранённые сведения будут заменены (' + titleOf(draft.data)
        + '). Продолжить?')) return;
    state.dirty = false;
    open(data, version, saved, notice);
  }
  async function openText(body, version, saved) {
    let r;
    try {
      r = await call('/api/parse', { method: 'POST', body });
    } catch (e) {
      $('#upload-error').textContent = UNREACHABLE;
      return;
    }
    const parsed = await jsonOf(r);
    if (parsed.errors && parsed.errors.length) {
      const e = parsed.errors[0];
      $('#upload-error').textContent = (e.line ? 'строка ' + e.line + ': ' : '') + e.message;
      return;
    }
    $('#upload-error').textContent = '';
    startOver(parsed.data, version, saved, parsed.notice || '');
  }
  async function savedList() {
    let r;
    try { r = await call('/api/profiles'); } catch (e) { return; }
    if (!r.ok) return;
    const body = await r.json();
    const names = body.profiles || [];
    const titles = body.titles || {};
    const list = $('#saved-list');
    list.textContent = '';
    if (!names.length) {
      const li = document.createElement('li');
      li.className = 'muted';
      li.textContent = 'пока ничего не сохранено';
      list.appendChild(li);
    }
    for (const n of names) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = titles[n] || n;
      b.addEventListener('click', async () => {
        const p = await call('/api/profiles/' + encodeURIComponent(n));
        if (p.ok) openText(await p.blob(), (p.headers.get('ETag') || '').replace(/"/g, ''), n);
      });
      li.appendChild(b);
      list.appendChild(li);
    }
  }
  function showStart() {
    $('#editor').hidden = true;
    $('#start').hidden = false;
    state.open = false;
    const draft = readDraft();
    $('#draft-card').hidden = !draft;
    if (draft) $('#draft-text').textContent = 'Вы заполняли сведения о «' + titleOf(draft.data) + '» (' + when(draft.time) + ')'
      + (draft.dirty ? '; они ещё не сохранены на сервере.' : '.');
    savedList();
  }

  document.addEventListener('DOMContentLoaded', () => {
    spec = JSON.parse($('main').dataset.spec || '{}');
    $('#editor-title').tabIndex = -1;
    $('#new-form').addEventListener('submit', e => {
      e.preventDefault();
      const kind = $('#new-kind').value;
      const region = $('#new-region').value;
      $('#new-kind-error').textContent = kind ? '' : 'Выберите вид организации';
      $('#new-region-error').textContent = region ? '' : 'Выберите регион или «другого региона нет в списке»';
      $('#new-kind').setAttribute('aria-invalid', kind ? 'false' : 'true');
      $('#new-region').setAttribute('aria-invalid', region ? 'false' : 'true');
      if (!kind) { $('#new-kind').focus(); return; }
      if (!region) { $('#new-region').focus(); return; }
      const data = { kind };
      if (region !== '*') data.region = region;
      startOver(data);
    });
    for (const b of $$('[data-example]')) {
      b.addEventListener('click', async () => {
        try {
          const r = await call('/api/examples/' + b.dataset.example);
          if (r.ok) openText(await r.blob());
        } catch (e) { $('#upload-error').textContent = UNREACHABLE; }
      });
    }
    $('#upload').addEventListener('change', async e => {
      const file = e.target.files[0];
      if (file) openText(file);
    });
    $('#draft-continue').addEventListener('click', () => {
      const d = readDraft();
      if (d) { state.dirty = !!d.dirty; open(d.data, d.version, d.saved, '', d.touched, d.confirmed); }
    });
    $('#back').addEventListener('click', showStart);
    const form = $('#profile-form');
    form.addEventListener('input', onInput);
    form.addEventListener('change', e => { if (e.target.matches('select, input[type=checkbox]')) onInput(e); });
    form.addEventListener('change', onChangeSelect);
    form.addEventListener('change', onFormOverride);
    form.addEventListener('focusout', e => {
      const el = e.target;
      if (!el.matches('[data-path], [data-person]')) return;
      const path = touchedPath(el);
      if (path && !state.touched.has(path) && (el.value !== '' || el.tagName === 'SELECT')) {
        state.touched.add(path);
        keepDraft();
        if (state.report) showReport(state.report);
      }
    });
    form.addEventListener('change', e => {
      const cal = e.target;
      if (!cal.matches('.calendar')) return;
      const input = document.getElementById(cal.dataset.calendarFor);
      input.value = fromIso(cal.value);
      state.touched.add(touchedPath(input));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    form.addEventListener('focusin', e => {
      const input = e.target;
      if (input.dataset && input.dataset.type === 'date') {
        const cal = $('.calendar', fieldOf(input));
        if (cal) cal.value = /^\d{4}-\d{2}-\d{2}$/.test(toIso(input.value)) ? toIso(input.value) : '';
      }
    });
    form.addEventListener('submit', e => e.preventDefault());
    form.addEventListener('click', e => { if (e.target.matches('.remove-staff')) removeStaff(e.target); });
    $('#add-staff').addEventListener('click', newStaff);
    for (const b of $$('[data-package-choice]')) b.addEventListener('change', onPackages);
    $('#region-confirmed').addEventListener('change', e => {
      state.confirmed = e.target.checked ? state.data.region : null;
      keepDraft();
    });
    for (const r of $$('#doc-list input[name=doc]')) r.addEventListener('change', () => { updateButtons(); markOutdated(); preview(++state.seq); });
    for (const b of $$('[data-download]')) b.addEventListener('click', () => download(b.dataset.download));
    $('#download-yaml').addEventListener('click', downloadProfile);
    $('#save').addEventListener('click', save);
    window.addEventListener('beforeunload', e => {
      if (state.dirty) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
    if ('IntersectionObserver' in window) {
      new IntersectionObserver(entries => {
        for (const e of entries) $('#to-preview').classList.toggle('away', e.isIntersecting);
      }).observe($('#preview-pane'));
    }
    $('#upload').addEventListener('change', e => {
      const file = e.target.files[0];
      $('#upload-name').textContent = file ? file.name : 'файл не выбран';
    });
    const own = $('main').dataset.own;
    // On an institution's page, a draft of another institution's saved profile (a shared computer) is not shown.
    const draft = own && readDraft() && readDraft().saved && readDraft().saved !== own ? null : readDraft();
    const named = $('main').dataset.open;
    if (named && !(draft && draft.saved === named && draft.dirty)) {
      // The profile the address names (an institution's own, or the one the office chose): as saved on the server.
      showStart();
      call('/api/profiles/' + encodeURIComponent(named)).then(async p => {
        if (p.ok) openText(await p.blob(), (p.headers.get('ETag') || '').replace(/"/g, ''), named);
      }).catch(() => { $('#upload-error').textContent = UNREACHABLE; });
    } else if (draft && draft.data && Object.keys(draft.data).length) {
      state.dirty = !!draft.dirty;
      open(draft.data, draft.version, draft.saved, 'Восстановлены сведения, которые вы вводили ' + when(draft.time)
        + (draft.dirty ? ' (ещё не сохранены на сервере)' : '') + '. Начать с чистого листа — «← К началу».', draft.touched,
        draft.confirmed);
    } else {
      showStart();
    }
  });
})();
