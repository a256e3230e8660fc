/*
 * The SPM Awards explorer: a choropleth, a ranking table and a region panel over the public
 * API only (trusted GraphQL documents sent by their SHA-256 over GET, the choropleth GeoJSON
 * and the CSV exports). The view lives in the URL: edition, category, sector, province,
 * region and lang.
 */
(function () {
	'use strict';

	var TEXT = {
		id: {
			title: 'Penjelajah SPM Awards', frontPage: 'Halaman depan', guide: 'Panduan',
			skipToTable: 'Langsung ke tabel', edition: 'Edisi', category: 'Kategori', sector: 'Bidang',
			province: 'Zoom ke provinsi', allProvinces: 'Seluruh Indonesia', search: 'Cari daerah',
			overall: 'Indeks SPM keseluruhan', map: 'Peta', table: 'Tabel peringkat',
			mapNote: 'Tabel di bawah memuat isi peta sebagai teks.', downloads: 'Unduh',
			downloadCsv: 'Tampilan ini (CSV)', downloadGeoJson: 'Tampilan ini (GeoJSON)', downloadPng: 'Peta ini (PNG)', downloadSvg: 'Peta ini (SVG)',
			downloadChartPng: 'Grafik peringkat (PNG)', downloadChartSvg: 'Grafik peringkat (SVG)',
			downloadXlsx: 'Tampilan ini (Excel)', embed: 'Sematkan', cite: 'Kutip',
			embedHeading: 'Sematkan tampilan ini', embedCode: 'Kode iframe', embedPreview: 'Lihat sematan',
			embedNote: 'Tempel kode ini ke halaman Anda: peta, legenda, cakupan dan sumber, tanpa kontrol.',
			citeHeading: 'Kutip tampilan ini',
			downloadBulk: 'Semua data (zip)', close: 'Tutup', awards: 'Penghargaan', trend: 'Indeks per bidang',
			detail: 'Rincian bidang', previous: 'Sebelumnya', next: 'Berikutnya', page: 'Halaman {0} dari {1}',
			PROVINCE: 'Provinsi', REGENCY: 'Kabupaten', CITY: 'Kota',
			PROVINCE_plural: 'provinsi', REGENCY_plural: 'kabupaten', CITY_plural: 'kota',
			coverage: '{0} dari {1} {2} memiliki nilai untuk tahun anggaran {3}.',
			tableSentence: '{0}, SPM Awards {1} (tahun anggaran {2}): {3} daerah berperingkat, {4} tanpa nilai.',
			coverageLeftOut: ' Tidak diperingkat: {0} nilai sementara, {1} dari data yang belum lengkap.',
			noData: 'Tidak ada data', levelUnknown: 'Ada nilai, tingkat capaian tidak diterbitkan',
			OFFICIAL: 'Data resmi.', DEMO: 'Data demo (sintetis), bukan angka resmi.',
			OFFICIAL_description: 'Fakta yang dikurasi dari publikasi, masing-masing dengan sumbernya.',
			DEMO_description: 'Capaian layanan sintetis untuk setiap daerah: untuk mencoba, bukan fakta.',
			rank: 'Peringkat', region: 'Daerah', value: 'Nilai', level: 'Tingkat capaian', change: 'Perubahan',
			origin: 'Asal', verification: 'Verifikasi', sources: 'Sumber', sourcesCount: '{0} sumber', sourcesCount_one: '1 sumber',
			NATIONAL: 'nasional', WITHIN_DATA_HELD: 'di antara data yang ada',
			MIXED_METHODS: 'di antara nilai diterbitkan dan dihitung',
			NATIONAL_title: 'Peringkat nasional: semua daerah kategori ini memiliki nilai.',
			WITHIN_DATA_HELD_title: 'Bukan peringkat nasional: hanya sebagian daerah memiliki nilai.',
			MIXED_METHODS_title: 'Bukan peringkat nasional: nilai yang diterbitkan diperingkat bersama nilai yang'
				+ ' dihitung layanan ini dengan metode sementara.',
			nationalPublished: 'nasional, diterbitkan', nationalComputed: 'nasional',
			nationalPublished_title: 'Peringkat nasional seperti yang diterbitkan.',
			computedRank: 'dihitung: {0} {1}', rankOf: 'Peringkat {0}',
			PUBLISHED: 'diterbitkan', COMPUTED: 'dihitung layanan ini',
			VERIFIED_MULTIPLE: 'terverifikasi (beberapa sumber)', VERIFIED_SINGLE: 'terverifikasi (satu sumber)',
			UNSOURCED: 'tanpa sumber (diimpor)',
			INFERRED: 'disimpulkan', PROVISIONAL: 'sementara', SYNTHETIC: 'sintetis (demo)',
			noAwards: 'Belum pernah menerima penghargaan SPM.', place: 'Peringkat {0}', score: 'skor {0}',
			noIndex: 'Belum ada nilai indeks.', noDetail: 'Tidak ada data untuk bidang ini pada edisi ini.',
			serviceType: 'Jenis layanan', target: 'Sasaran', served: 'Terlayani', quality: 'Mutu (%)',
			achievement: 'Capaian', notApplicable: 'tidak berlaku', fiscalYear: 'Tahun anggaran {0}',
			notFound: 'Tidak ada daerah bernama atau berkode "{0}" di peta ini.', loading: 'Memuat…',
			failed: 'Gagal memuat: {0}', indexOf: 'Indeks {0}: {1}', noValue: 'tanpa nilai',
			editionLabel: '{0} (tahun anggaran {1})',
			REGIONAL_BEST: 'Terbaik wilayah', ISLAND_REGION: 'Daerah kepulauan',
			MOST_ACTIVE_PROVINCE: 'Provinsi paling aktif', SUMATRA: 'Terbaik Sumatera', JAWA: 'Terbaik Jawa',
			BALI_NUSA_TENGGARA: 'Terbaik Bali dan Nusa Tenggara', KALIMANTAN: 'Terbaik Kalimantan',
			SULAWESI: 'Terbaik Sulawesi', MALUKU_PAPUA: 'Terbaik Maluku dan Papua', zone_SUMATRA: 'Sumatera',
			zone_JAWA: 'Jawa', zone_BALI_NUSA_TENGGARA: 'Bali dan Nusa Tenggara', zone_KALIMANTAN: 'Kalimantan',
			zone_SULAWESI: 'Sulawesi', zone_MALUKU_PAPUA: 'Maluku dan Papua',
			tableNote: '* Tingkat capaian dihitung oleh layanan ini dari batas yang sementara, bukan yang'
				+ ' diterbitkan. Perubahan: naik (+) atau turun (−) peringkat nasional dibanding edisi sebelumnya.'
		},
		en: {
			title: 'SPM Awards explorer', frontPage: 'Front page', guide: 'Guide', skipToTable: 'Skip to the table',
			edition: 'Edition', category: 'Category', sector: 'Field', province: 'Zoom to province',
			allProvinces: 'All of Indonesia', search: 'Find a region', overall: 'Overall SPM index', map: 'Map',
			table: 'Ranking table', mapNote: 'The table below holds what the map shows, as text.',
			downloads: 'Download', downloadCsv: 'This view (CSV)', downloadGeoJson: 'This view (GeoJSON)', downloadPng: 'This map (PNG)', downloadSvg: 'This map (SVG)',
			downloadChartPng: 'Ranking chart (PNG)', downloadChartSvg: 'Ranking chart (SVG)',
			downloadXlsx: 'This view (Excel)', embed: 'Embed', cite: 'Cite',
			embedHeading: 'Embed this view', embedCode: 'iframe code', embedPreview: 'See the embed',
			embedNote: 'Paste this code into your page: the map, its legend, coverage and source, without the controls.',
			citeHeading: 'Cite this view',
			downloadBulk: 'All data (zip)', close: 'Close', awards: 'Awards', trend: 'Index per field',
			detail: 'Field detail', previous: 'Previous', next: 'Next', page: 'Page {0} of {1}',
			PROVINCE: 'Province', REGENCY: 'Regency', CITY: 'City',
			PROVINCE_plural: 'provinces', REGENCY_plural: 'regencies', CITY_plural: 'cities',
			coverage: '{0} of {1} {2} have a value for fiscal year {3}.',
			tableSentence: '{0}, SPM Awards {1} (fiscal year {2}): {3} regions ranked, {4} without a value.',
			coverageLeftOut: ' Not ranked: {0} preliminary values, {1} from incomplete data.',
			noData: 'No data', levelUnknown: 'A value, its achievement level not published',
			OFFICIAL: 'Official data.', DEMO: 'Demo data (synthetic), not official figures.',
			OFFICIAL_description: 'Facts curated from publications, each with its sources.',
			DEMO_description: 'Synthetic service achievements for every region: to try things out, not facts.',
			rank: 'Rank', region: 'Region', value: 'Value', level: 'Achievement level', change: 'Change',
			origin: 'Origin', verification: 'Verification', sources: 'Sources', sourcesCount: '{0} sources', sourcesCount_one: '1 source',
			NATIONAL: 'national', WITHIN_DATA_HELD: 'within the data held',
			MIXED_METHODS: 'among published and computed values',
			NATIONAL_title: 'A national rank: every region of the category has a value.',
			WITHIN_DATA_HELD_title: 'Not a national rank: only some regions have a value.',
			MIXED_METHODS_title: 'Not a national rank: published values ranked together with values this service'
				+ ' computed with its provisional method.',
			nationalPublished: 'national, published', nationalComputed: 'national',
			nationalPublished_title: 'The national rank as published.',
			computedRank: 'computed: {0} {1}', rankOf: 'Rank {0}',
			PUBLISHED: 'published', COMPUTED: 'computed by this service',
			VERIFIED_MULTIPLE: 'verified (several sources)', VERIFIED_SINGLE: 'verified (one source)',
			UNSOURCED: 'unsourced (imported)',
			INFERRED: 'inferred', PROVISIONAL: 'provisional', SYNTHETIC: 'synthetic (demo)',
			noAwards: 'No SPM award yet.', place: 'Place {0}', score: 'score {0}', noIndex: 'No index value yet.',
			noDetail: 'No data for this field in this edition.', serviceType: 'Service type', target: 'Target',
			served: 'Served', quality: 'Quality (%)', achievement: 'Achievement', notApplicable: 'not applicable',
			fiscalYear: 'Fiscal year {0}', notFound: 'No region of this map is named or coded "{0}".',
			loading: 'Loading…', failed: 'Could not load: {0}', indexOf: '{0} index: {1}', noValue: 'no value',
			editionLabel: '{0} (fiscal year {1})',
			REGIONAL_BEST: 'Best in its region', ISLAND_REGION: 'Island region',
			MOST_ACTIVE_PROVINCE: 'Most active province', SUMATRA: 'Best in Sumatra', JAWA: 'Best in Java',
			BALI_NUSA_TENGGARA: 'Best in Bali and Nusa Tenggara', KALIMANTAN: 'Best in Kalimantan',
			SULAWESI: 'Best in Sulawesi', MALUKU_PAPUA: 'Best in Maluku and Papua', zone_SUMATRA: 'Sumatra',
			zone_JAWA: 'Java', zone_BALI_NUSA_TENGGARA: 'Bali and Nusa Tenggara', zone_KALIMANTAN: 'Kalimantan',
			zone_SULAWESI: 'Sulawesi', zone_MALUKU_PAPUA: 'Maluku and Papua',
			tableNote: '* An achievement level computed by this service from provisional cut-offs, not a'
				+ ' published one. Change: the national rank\'s places up (+) or down (−) from the previous edition.'
		}
	};

	/*
	 * The citation of a view, in both languages whatever the page's: the ministry's awards, the
	 * service, the data version and the day the data last changed, and a link back to the view.
	 */
	var CITATION = {
		id: {
			inline: '(Kemendagri, SPM Awards {0}; SPM Awards API, versi data {1})',
			full: 'Kementerian Dalam Negeri Republik Indonesia, Direktorat Jenderal Bina Pembangunan Daerah. SPM'
				+ ' Awards {0}: {2}, tahun anggaran {3}. Diolah oleh SPM Awards API, versi data {1} (data terakhir'
				+ ' berubah {4}). {5} (diakses {6}).',
			index: 'indeks SPM {0}', sectorIndex: 'indeks {1} {0}',
			demo: 'DATA DEMO (sintetis), bukan untuk dikutip sebagai fakta. '
		},
		en: {
			inline: '(Ministry of Home Affairs, SPM Awards {0}; SPM Awards API, data version {1})',
			full: 'Ministry of Home Affairs of the Republic of Indonesia, Directorate General of Regional'
				+ ' Development. SPM Awards {0}: {2}, fiscal year {3}. Compiled by the SPM Awards API, data version'
				+ ' {1} (data last changed {4}). {5} (accessed {6}).',
			index: 'SPM index of the {0}', sectorIndex: '{1} index of the {0}',
			demo: 'DEMO DATA (synthetic), not to be cited as fact. '
		}
	};

	/* ColorBrewer YlGnBu, safe for the common colour-vision deficiencies, lowest level first. */
	var PALETTE = { BELUM_TUNTAS: '#ffffcc', TUNTAS_MUDA: '#c7e9b4', TUNTAS_PRATAMA: '#7fcdbb',
		TUNTAS_MADYA: '#41b6c4', TUNTAS_UTAMA: '#2c7fb8', TUNTAS_PARIPURNA: '#253494' };
	var NO_DATA = '#bdbdbd';
	var LEVEL_UNKNOWN = '#ffffff';
	/* Okabe and Ito's palette for the trend lines: the overall index, then the six fields. */
	var LINES = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#D55E00', '#0072B2', '#CC79A7'];
	var CATEGORIES = ['PROVINCE', 'REGENCY', 'CITY'];
	var PAGE_SIZE = 25;

	var hashes = {};
	var setup = null;
	var state = {};
	var view = { features: [], rows: [], ranking: null, sort: { key: 'rank', ascending: true }, page: 0 };
	var map = null;
	var layer = null;
	var outlines = null;
	var chart = null;
	var panelData = null;

	function $(id) {
		return document.getElementById(id);
	}

	function substitute(text, values) {
		return text.replace(/\{(\d)\}/g, function (all, index) {
			return values[index];
		});
	}

	function t(key) {
		var text = TEXT[state.lang][key];
		return substitute(text === undefined ? key : text, Array.prototype.slice.call(arguments, 1));
	}

	function element(name, attributes, children) {
		var node = document.createElement(name);
		Object.keys(attributes || {}).forEach(function (key) {
			if (key === 'text') {
				node.textContent = attributes[key];
			}
			else if (key.indexOf('on') === 0) {
				node.addEventListener(key.substring(2), attributes[key]);
			}
			else if (attributes[key] !== null && attributes[key] !== undefined) {
				node.setAttribute(key, attributes[key]);
			}
		});
		(children || []).forEach(function (child) {
			node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
		});
		return node;
	}

	function number(value, digits) {
		if (value === null || value === undefined) {
			return '–';
		}
		return value.toLocaleString(state.lang === 'id' ? 'id-ID' : 'en-GB',
			{ minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 });
	}

	function sectorName(code) {
		if (!code) {
			return t('overall');
		}
		var sector = setup.sectors.filter(function (each) {
			return each.code === code;
		})[0];
		return state.lang === 'id' ? sector.nameIndonesian : sector.name;
	}

	/* GraphQL over GET, a trusted document sent by its SHA-256 alone: cacheable by any HTTP cache. */
	function graphql(name, variables) {
		var extensions = { persistedQuery: { version: 1, sha256Hash: hashes[name] } };
		var url = 'graphql?operationName=' + encodeURIComponent(name) + '&variables='
			+ encodeURIComponent(JSON.stringify(variables)) + '&extensions='
			+ encodeURIComponent(JSON.stringify(extensions));
		return fetch(url, { headers: { Accept: 'application/graphql-response+json' } })
			.then(function (response) {
				return response.json();
			})
			.then(function (answer) {
				if (answer.errors && answer.errors.length) {
					throw new Error(answer.errors[0].message);
				}
				return answer.data;
			});
	}

	function json(url) {
		return fetch(url).then(function (response) {
			if (!response.ok) {
				return response.json().then(function (problem) {
					throw new Error(problem.detail || response.statusText);
				});
			}
			return response.json();
		});
	}

	function query(parameters) {
		return Object.keys(parameters)
			.filter(function (key) {
				return parameters[key] !== null && parameters[key] !== undefined && parameters[key] !== '';
			})
			.map(function (key) {
				return key + '=' + encodeURIComponent(parameters[key]);
			})
			.join('&');
	}

	/* The state of the view, read from and written to the URL. */
	function readState() {
		var parameters = new URLSearchParams(window.location.search);
		var editions = setup.editions.map(function (each) {
			return String(each.year);
		});
		var sectors = setup.sectors.map(function (each) {
			return each.code;
		});
		function pick(name, allowed, fallback) {
			var value = parameters.get(name);
			return allowed.indexOf(value) >= 0 ? value : fallback;
		}
		state.edition = pick('edition', editions, editions[0]);
		state.category = pick('category', CATEGORIES, 'CITY');
		state.sector = pick('sector', sectors, '');
		state.lang = pick('lang', ['id', 'en'], 'id');
		state.province = parameters.get('province') || '';
		state.region = parameters.get('region') || '';
	}

	function writeState() {
		var search = query({ edition: state.edition, category: state.category, sector: state.sector,
			province: state.province, region: state.region, lang: state.lang === 'id' ? null : state.lang });
		window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
	}

	function options(select, entries, selected) {
		select.replaceChildren.apply(select, entries.map(function (entry) {
			return element('option', { value: entry[0], text: entry[1] });
		}));
		select.value = selected;
	}

	function renderControls() {
		document.documentElement.lang = state.lang;
		document.title = t('title');
		Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (node) {
			node.textContent = t(node.getAttribute('data-text'));
		});
		$('language').textContent = state.lang === 'id' ? 'English' : 'Bahasa Indonesia';
		$('language').setAttribute('lang', state.lang === 'id' ? 'en' : 'id');
		options($('edition'), setup.editions.map(function (each) {
			return [String(each.year), t('editionLabel', each.year, each.fiscalYear)];
		}), state.edition);
		options($('category'), CATEGORIES.map(function (each) {
			return [each, t(each)];
		}), state.category);
		options($('sector'), [['', t('overall')]].concat(setup.sectors.map(function (each) {
			return [each.code, sectorName(each.code)];
		})), state.sector);
		options($('panel-sector'), setup.sectors.map(function (each) {
			return [each.code, sectorName(each.code)];
		}), $('panel-sector').value || state.sector || setup.sectors[0].code);
		var dataset = setup.dataset;
		$('dataset').className = 'banner banner-' + dataset.kind;
		// in the page's language only: the service's own description is in English and names the enum
		$('dataset').replaceChildren(element('strong', { text: t(dataset.kind) }),
			' ' + t(dataset.kind + '_description'));
	}

	function levelName(code) {
		var level = setup.methodology.achievementLevels.filter(function (each) {
			return each.code === code;
		})[0];
		return level ? level.name : code;
	}

	function renderLegend() {
		var levels = setup.methodology.achievementLevels.slice().sort(function (a, b) {
			return a.minInclusive - b.minInclusive;
		});
		var items = levels.map(function (level) {
			var range = level.maxExclusive === null ? '= ' + level.minInclusive
				: level.minInclusive + '–' + level.maxExclusive;
			return [PALETTE[level.code], level.name + ' (' + range + ')'];
		});
		items.push([LEVEL_UNKNOWN, t('levelUnknown')]);
		items.push([NO_DATA, t('noData')]);
		$('legend').replaceChildren.apply($('legend'), items.map(function (item) {
			return element('span', { class: 'key' }, [element('span', { class: 'swatch', style: 'background:' + item[0] }),
				item[1]]);
		}));
	}

	function fill(properties) {
		if (properties.value === null) {
			return NO_DATA;
		}
		return PALETTE[properties.achievementLevel] || LEVEL_UNKNOWN;
	}

	function drawMap(collection) {
		if (!map) {
			map = L.map('map', { zoomSnap: 0.25, attributionControl: true, keyboard: true })
				.setView([-2.5, 118], 4);
			map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
		}
		if (layer) {
			map.removeLayer(layer);
			map.attributionControl.removeAttribution(layer.getAttribution());
		}
		layer = L.geoJSON(collection, {
			attribution: collection.attribution,
			style: function (feature) {
				var noData = feature.properties.value === null;
				return { fillColor: fill(feature.properties), fillOpacity: 1, color: noData ? '#757575' : '#4d4d4d',
					weight: 0.5, dashArray: noData ? '2 2' : null };
			},
			onEachFeature: function (feature, shape) {
				var properties = feature.properties;
				var rank = rankText(properties);
				shape.bindTooltip(properties.name + ' · ' + (properties.value === null ? t('noValue')
					: number(properties.value, 2) + (properties.achievementLevel
						? ' · ' + levelName(properties.achievementLevel) : '')
						+ (rank ? ' · ' + t('rankOf', rank) : '')), { sticky: true });
				shape.on('click', function () {
					openRegion(properties.code);
				});
			}
		}).addTo(map);
		// the table below is the map's text: the shapes are hidden from assistive technology
		layer.eachLayer(function (shape) {
			var path = shape.getElement();
			path.setAttribute('data-code', shape.feature.properties.code);
			path.setAttribute('aria-hidden', 'true');
		});
		highlight();
		zoom();
		drawSymbols(collection);
	}

	/*
	 * Cities and small regencies are specks at national zoom: each is also drawn as a dot at its
	 * centre, coloured like its shape, until the map is close enough to show the outlines.
	 */
	var symbols = null;
	var symbolsWatched = false;
	var SYMBOLS_UNTIL_ZOOM = 7;
	var NATIONAL_ZOOM = 4;

	function drawSymbols(collection) {
		if (symbols) {
			map.removeLayer(symbols);
		}
		symbols = L.layerGroup();
		layer.eachLayer(function (shape) {
			var properties = shape.feature.properties;
			var bounds = shape.getBounds();
			// small at the national view's zoom, whatever the map shows now
			var small = properties.level === 'CITY' || map.project(bounds.getNorthEast(), NATIONAL_ZOOM)
				.distanceTo(map.project(bounds.getSouthWest(), NATIONAL_ZOOM)) < 8;
			if (!small) {
				return;
			}
			var dot = L.circleMarker(bounds.getCenter(), { radius: 4, weight: 1, color: '#4d4d4d',
				fillColor: fill(properties), fillOpacity: 1 });
			dot.on('click', function () {
				openRegion(properties.code);
			});
			dot.bindTooltip(properties.name, { sticky: true });
			symbols.addLayer(dot);
		});
		showSymbols();
		if (!symbolsWatched) {
			map.on('zoomend', showSymbols);
			symbolsWatched = true;
		}
	}

	function showSymbols() {
		if (!symbols) {
			return;
		}
		var wanted = map.getZoom() < SYMBOLS_UNTIL_ZOOM;
		if (wanted && !map.hasLayer(symbols)) {
			symbols.addTo(map);
			symbols.eachLayer(function (dot) {
				var element = dot.getElement();
				element.setAttribute('data-symbol', '');
				element.setAttribute('aria-hidden', 'true');
			});
		}
		else if (!wanted && map.hasLayer(symbols)) {
			map.removeLayer(symbols);
		}
	}

	/* The provinces' outlines, drawn over regencies and cities for a sense of place. */
	var provinceOutlines = null;

	function provinces() {
		if (!provinceOutlines) {
			provinceOutlines = json('map/regions.geojson?level=PROVINCE');
		}
		return provinceOutlines;
	}

	function drawOutlines(collection) {
		if (outlines) {
			map.removeLayer(outlines);
			outlines = null;
		}
		if (state.category === 'PROVINCE') {
			return;
		}
		outlines = L.geoJSON(collection, {
			interactive: false,
			style: function () {
				return { fill: false, color: '#5f6368', weight: 0.8, opacity: 0.7 };
			}
		}).addTo(map);
	}

	/* Outlines the selected region on the map. */
	function highlight() {
		if (!layer) {
			return;
		}
		layer.eachLayer(function (shape) {
			layer.resetStyle(shape);
			if (shape.feature.properties.code === state.region) {
				shape.setStyle({ color: '#000000', weight: 2.5, dashArray: null });
				shape.bringToFront();
			}
		});
	}

	function zoom() {
		var bounds = null;
		layer.eachLayer(function (shape) {
			var properties = shape.feature.properties;
			if (!state.province || properties.provinceCode === state.province || properties.code === state.province) {
				bounds = bounds ? bounds.extend(shape.getBounds()) : shape.getBounds();
			}
		});
		if (bounds) {
			// without animation: the map is where it should be as soon as it is asked
			map.fitBounds(bounds, { padding: [8, 8], animate: false });
		}
	}

	function renderProvinces() {
		var provinces = {};
		view.features.forEach(function (feature) {
			var properties = feature.properties;
			if (properties.level === 'PROVINCE') {
				provinces[properties.code] = properties.name;
			}
			else {
				provinces[properties.provinceCode] = properties.provinceName;
			}
		});
		var codes = Object.keys(provinces).sort();
		if (codes.indexOf(state.province) < 0) {
			state.province = '';
		}
		options($('province'), [['', t('allProvinces')]].concat(codes.map(function (code) {
			return [code, provinces[code] + ' (' + code + ')'];
		})), state.province);
		$('region-names').replaceChildren.apply($('region-names'), view.features.map(function (feature) {
			return element('option', { value: feature.properties.name + ' (' + feature.properties.code + ')' });
		}));
	}

	function renderCoverage() {
		var coverage = view.ranking.coverage;
		var text = t('coverage', coverage.regionsWithValue, coverage.regionsInCategory, t(state.category + '_plural'),
			view.ranking.fiscalYear);
		if (coverage.preliminaryLeftOut || coverage.incompleteLeftOut) {
			text += t('coverageLeftOut', coverage.preliminaryLeftOut, coverage.incompleteLeftOut);
		}
		text += ' ' + sectorName(state.sector) + '.';
		if (coverage.rankKind === 'MIXED_METHODS') {
			text += ' ' + t('MIXED_METHODS_title');
		}
		$('coverage').textContent = text;
		$('coverage').className = 'banner coverage' + (coverage.complete ? '' : ' partial');
	}

	function currentEdition() {
		return setup.editions.filter(function (each) {
			return String(each.year) === state.edition;
		})[0];
	}

	function renderDownloads() {
		var edition = currentEdition();
		$('download-csv').href = 'export/rankings.csv?' + query({ edition: state.edition, category: state.category,
			sector: state.sector });
		$('download-geojson').href = 'map/regions.geojson?' + query({ level: state.category,
			edition: edition.year, sector: state.sector });
		var picture = query({ level: state.category, edition: edition.year, sector: state.sector, lang: state.lang });
		$('download-png').href = 'map/regions.png?' + picture;
		$('download-svg').href = 'map/regions.svg?' + picture;
		var ranking = query({ edition: state.edition, category: state.category, sector: state.sector });
		$('download-xlsx').href = 'export/rankings.xlsx?' + ranking;
		var chart = query({ edition: state.edition, category: state.category, sector: state.sector,
			lang: state.lang });
		$('download-chart-png').href = 'charts/ranking.png?' + chart;
		$('download-chart-svg').href = 'charts/ranking.svg?' + chart;
	}

	/* The address of a page of this service showing the current view, without the open region. */
	function viewUrl(path) {
		return new URL(path + '?' + query({ edition: state.edition, category: state.category, sector: state.sector,
			province: state.province, lang: state.lang }), document.baseURI).href;
	}

	function showEmbed() {
		var src = viewUrl('embed');
		var title = $('map-heading').textContent + ': ' + $('coverage').textContent;
		$('embed-code').value = '<iframe src="' + src + '" title="' + title.replace(/[&"<>]/g, function (c) {
			return { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }[c];
		}) + '" width="800" height="680" style="border:0;max-width:100%" loading="lazy"></iframe>';
		$('embed-preview').href = src;
		$('embed-dialog').showModal();
	}

	function showCitation() {
		var edition = currentEdition();
		var version = document.querySelector('meta[name="spm:data-version"]').content;
		var changed = document.querySelector('meta[name="spm:data-changed"]').content;
		var today = new Date().toISOString().slice(0, 10);
		['id', 'en'].forEach(function (lang) {
			var words = CITATION[lang];
			var plural = TEXT[lang][state.category + '_plural'];
			var sector = setup.sectors.filter(function (each) {
				return each.code === state.sector;
			})[0];
			var what = sector ? substitute(words.sectorIndex, [plural, lang === 'id' ? sector.nameIndonesian.toLowerCase()
				: sector.name]) : substitute(words.index, [plural]);
			var demo = setup.dataset.kind === 'DEMO' ? words.demo : '';
			$('cite-inline-' + lang).value = demo + substitute(words.inline, [edition.year, version]);
			$('cite-full-' + lang).value = demo + substitute(words.full, [edition.year, version, what, edition.fiscalYear,
				changed, viewUrl('explore'), today]);
		});
		$('cite-dialog').showModal();
	}

	/* The table: the ranked entries, then the regions without a value. */
	function tableRows() {
		var ranked = {};
		var rows = view.ranking.nodes.map(function (node) {
			ranked[node.region.code] = true;
			return { code: node.region.code, name: node.region.name,
				province: node.region.province ? node.region.province.name : '', rank: node.rank,
				rankKind: node.rankKind, nationalRank: node.nationalRank, nationalRankOrigin: node.nationalRankOrigin,
				value: node.value, level: node.achievementLevel
					? node.achievementLevel.code : null, levelOrigin: node.achievementLevelOrigin,
				change: node.rankChange, origin: node.origin, verification: node.provenance.verification,
				sources: node.provenance.sources, note: node.provenance.note };
		});
		view.features.forEach(function (feature) {
			var properties = feature.properties;
			if (!ranked[properties.code]) {
				rows.push({ code: properties.code, name: properties.name, province: properties.provinceName || '',
					rank: null, value: null, level: null, change: null, origin: null, verification: null,
					sources: [] });
			}
		});
		return rows;
	}

	var COLUMNS = ['rank', 'region', 'province', 'value', 'level', 'change', 'origin', 'verification', 'sources'];

	function sortValue(row, key) {
		if (key === 'region') {
			return row.name;
		}
		if (key === 'sources') {
			return row.sources.length;
		}
		return row[key];
	}

	function sortedRows() {
		var key = view.sort.key;
		var direction = view.sort.ascending ? 1 : -1;
		return view.rows.slice().sort(function (a, b) {
			var x = sortValue(a, key);
			var y = sortValue(b, key);
			if (x === null || x === undefined) {
				return (y === null || y === undefined) ? a.code.localeCompare(b.code) : 1;
			}
			if (y === null || y === undefined) {
				return -1;
			}
			var order = (typeof x === 'string') ? x.localeCompare(y) : x - y;
			return (order * direction) || a.code.localeCompare(b.code);
		});
	}

	function sources(row) {
		if (!row.sources.length) {
			return '–';
		}
		var list = element('ul', {}, row.sources.map(function (source) {
			var link = /^https?:\/\//.test(source);
			return element('li', {}, [link ? element('a', { href: source, rel: 'noopener', target: '_blank',
				text: source }) : source]);
		}));
		if (row.note) {
			list.appendChild(element('li', { class: 'note', text: row.note }));
		}
		return element('details', {}, [element('summary', { text: row.sources.length === 1
			? t('sourcesCount_one') : t('sourcesCount', row.sources.length) }), list]);
	}

	/*
	 * A rank as the reader should read it: the national rank first (published where it was), and
	 * a computed rank that differs from it only labelled as computed. The change column belongs to
	 * the national rank, so without one it stays empty.
	 */
	function rankParts(row) {
		if (row.nationalRank !== null && row.nationalRank !== undefined) {
			var parts = [{ rank: row.nationalRank, label: t(row.nationalRankOrigin === 'PUBLISHED'
				? 'nationalPublished' : 'nationalComputed'), title: row.nationalRankOrigin === 'PUBLISHED'
				? t('nationalPublished_title') : t('NATIONAL_title') }];
			if (row.rank !== null && row.rank !== row.nationalRank) {
				parts.push({ computed: t('computedRank', row.rank, t(row.rankKind)), title: t(row.rankKind + '_title') });
			}
			return parts;
		}
		if (row.rank === null || row.rank === undefined) {
			return [];
		}
		return [{ rank: row.rank, label: t(row.rankKind), title: t(row.rankKind + '_title'),
			computed: row.rankKind !== 'NATIONAL' }];
	}

	function rankText(row) {
		return rankParts(row).map(function (part) {
			return part.rank !== undefined ? part.rank + ' ' + part.label : part.computed;
		}).join(' · ');
	}

	function rankCell(row) {
		var parts = rankParts(row);
		if (!parts.length) {
			return element('td', { class: 'rank' }, ['–']);
		}
		return element('td', { class: 'rank', title: parts.map(function (part) {
			return part.title;
		}).join(' ') }, parts.map(function (part) {
			return part.rank !== undefined
				? element('span', { class: 'rank-shown', 'data-origin': row.nationalRank !== null
					&& row.nationalRank !== undefined ? row.nationalRankOrigin : 'COMPUTED' }, [String(part.rank),
					element('span', { class: 'small', text: ' ' + part.label })])
				: element('span', { class: 'small rank-computed', text: ' · ' + part.computed });
		}));
	}

	/* What the table holds, in a sentence above it: the index, the edition and the counts. */
	function tableSentence() {
		var edition = currentEdition();
		var words = CITATION[state.lang === 'en' ? 'en' : 'id'];
		var plural = t(state.category + '_plural');
		var sector = setup.sectors.filter(function (each) {
			return each.code === state.sector;
		})[0];
		var what = sector ? substitute(words.sectorIndex, [plural, state.lang === 'en' ? sector.name
			: sector.nameIndonesian.toLowerCase()]) : substitute(words.index, [plural]);
		var ranked = view.rows.filter(function (row) {
			return row.rank !== null && row.rank !== undefined;
		}).length;
		var without = view.rows.filter(function (row) {
			return row.value === null || row.value === undefined;
		}).length;
		return t('tableSentence', what.charAt(0).toUpperCase() + what.slice(1), edition.year, edition.fiscalYear,
			ranked, without);
	}

	function renderTable() {
		$('table-description').textContent = tableSentence();
		var header = $('ranking').tHead.rows[0];
		header.replaceChildren.apply(header, COLUMNS.map(function (key) {
			var sorted = view.sort.key === key;
			return element('th', { scope: 'col', 'aria-sort': sorted ? (view.sort.ascending ? 'ascending'
				: 'descending') : 'none' }, [element('button', { type: 'button', 'data-sort': key,
				text: t(key === 'province' ? 'PROVINCE' : key) + (sorted ? (view.sort.ascending ? ' ▲' : ' ▼') : ''),
				onclick: function () {
					view.sort = { key: key, ascending: sorted ? !view.sort.ascending : true };
					view.page = 0;
					renderTable();
				} })]);
		}));
		var rows = sortedRows();
		var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
		view.page = Math.min(view.page, pages - 1);
		var body = $('ranking').tBodies[0];
		body.replaceChildren.apply(body, rows.slice(view.page * PAGE_SIZE, (view.page + 1) * PAGE_SIZE)
			.map(function (row) {
				return element('tr', { 'data-code': row.code, class: row.code === state.region ? 'selected' : null }, [
					rankCell(row),
					element('td', {}, [element('button', { type: 'button', class: 'link', text: row.name + ' ('
						+ row.code + ')', onclick: function () {
						openRegion(row.code);
					} })]),
					element('td', { text: row.province || '–' }),
					element('td', { class: 'number', text: number(row.value, 2) }),
					element('td', {}, [element('span', { class: 'swatch',
						style: 'background:' + fill({ value: row.value, achievementLevel: row.level }) }),
						row.level ? levelName(row.level) + (row.levelOrigin === 'COMPUTED' ? ' *' : '')
							: (row.value === null ? t('noData') : '–')]),
					element('td', { class: 'number', text: row.change === null ? '–'
						: (row.change > 0 ? '+' : '') + row.change }),
					element('td', { text: row.origin ? t(row.origin) : '–' }),
					element('td', { text: row.verification ? t(row.verification) : '–' }),
					element('td', {}, [sources(row)])
				]);
			}));
		$('page').textContent = t('page', view.page + 1, pages);
		$('previous').disabled = view.page === 0;
		$('next').disabled = view.page >= pages - 1;
	}

	function loadRanking(variables, after, nodes) {
		return graphql('explorerRanking', Object.assign({ after: after }, variables)).then(function (data) {
			var ranking = data.rankings;
			var all = (nodes || []).concat(ranking.nodes);
			if (ranking.pageInfo.hasNextPage) {
				return loadRanking(variables, ranking.pageInfo.endCursor, all);
			}
			ranking.nodes = all;
			return ranking;
		});
	}

	function loadView() {
		writeState();
		renderDownloads();
		$('coverage').textContent = t('loading');
		var variables = { edition: Number(state.edition), category: state.category, sector: state.sector || null };
		return Promise.all([json($('download-geojson').getAttribute('href')), loadRanking(variables)])
			.then(function (answers) {
				view.features = answers[0].features;
				view.ranking = answers[1];
				view.rows = tableRows();
				renderProvinces();
				renderCoverage();
				drawMap(answers[0]);
				// the outlines come after the map, not before it
				provinces().then(drawOutlines).catch(failed);
				renderTable();
				document.body.setAttribute('data-drawn', String(Math.round(performance.now())));
				if (state.region) {
					return openRegion(state.region);
				}
			})
			.catch(failed);
	}

	function failed(error) {
		$('coverage').textContent = t('failed', error.message);
		$('coverage').className = 'banner error';
	}

	/* The region panel. */
	function openRegion(code) {
		state.region = code;
		writeState();
		Array.prototype.forEach.call($('ranking').tBodies[0].rows, function (row) {
			row.classList.toggle('selected', row.getAttribute('data-code') === code);
		});
		highlight();
		var sector = $('panel-sector').value || setup.sectors[0].code;
		return graphql('explorerRegion', { code: code, edition: Number(state.edition), sector: sector })
			.then(function (data) {
				if (!data.region) {
					throw new Error(t('notFound', code));
				}
				panelData = data;
				renderPanel();
			})
			.catch(failed);
	}

	function renderPanel() {
		if (!panelData) {
			return;
		}
		var region = panelData.region;
		$('panel').hidden = false;
		$('panel').setAttribute('data-code', region.code);
		$('panel-title').textContent = region.name;
		$('panel-subtitle').textContent = t(region.level) + ' · ' + region.code
			+ (region.province ? ' · ' + region.province.name : '');
		renderRank(region.code);
		renderAwards(region.awards);
		renderTrend(region.indexes);
		renderDetail(panelData.sectorDetail);
	}

	/* The region's rank in the ranking shown, as the table shows it, with the change beside it. */
	function renderRank(code) {
		var row = view.rows.filter(function (each) {
			return each.code === code;
		})[0];
		var rank = row ? rankText(row) : '';
		$('panel-rank').textContent = rank ? t('rankOf', rank) + (row.change !== null && row.change !== undefined
			? ' (' + (row.change > 0 ? '+' : '') + row.change + ')' : '') : '';
	}

	function renderAwards(awards) {
		if (!awards.length) {
			$('panel-awards').replaceChildren(element('p', { text: t('noAwards') }));
			return;
		}
		$('panel-awards').replaceChildren(element('ol', { class: 'awards' }, awards.map(function (award) {
			return element('li', { class: 'award' }, [
				element('strong', { text: award.edition.year + ' · ' + t(award.category)
					+ (award.zone ? ' (' + t('zone_' + award.zone) + ')' : '') }),
				' ' + [award.place !== null ? t('place', award.place) : null,
					award.score !== null ? t('score', number(award.score, 2)) : null,
					t(award.provenance.verification)].filter(function (part) {
					return part !== null;
				}).join(' · '),
				sources({ sources: award.provenance.sources, note: award.provenance.note })
			]);
		})));
	}

	function renderTrend(indexes) {
		if (chart) {
			chart.destroy();
			chart = null;
		}
		if (!indexes.length) {
			$('panel-chart').replaceChildren(element('p', { text: t('noIndex') }));
			return;
		}
		$('panel-chart').replaceChildren();
		var years = indexes.map(function (each) {
			return each.fiscalYear;
		}).filter(function (year, index, all) {
			return all.indexOf(year) === index;
		}).sort();
		var codes = [null].concat(setup.sectors.map(function (each) {
			return each.code;
		}));
		var series = codes.map(function (code) {
			return years.map(function (year) {
				var found = indexes.filter(function (each) {
					return each.fiscalYear === year && (each.sector ? each.sector.code : null) === code;
				})[0];
				return found ? found.value : null;
			});
		});
		var width = Math.min(420, $('panel').clientWidth - 24);
		chart = new uPlot({
			width: width, height: 220, legend: { live: false },
			// fiscal years on the axis, never fractions; one year is one labelled point half a
			// year from each edge
			scales: { x: { time: false, range: function () {
				return [years[0] - 0.5, years[years.length - 1] + 0.5];
			} }, y: { range: [0, 100] } },
			axes: [{ splits: function () {
				return years;
			}, values: function (self, ticks) {
				var labels = ticks.map(String);
				// the labels drawn on the canvas, for a reader's tools (and the browser test)
				$('panel-chart').setAttribute('data-axis', labels.join(' '));
				return labels;
			} }, {}],
			series: [{ label: t('fiscalYear', '').trim() }].concat(codes.map(function (code, index) {
				return { label: sectorName(code), stroke: LINES[index], width: index === 0 ? 2.5 : 1.5,
					spanGaps: false, points: { show: true, size: 5 } };
			}))
		}, [years].concat(series), $('panel-chart'));
	}

	function renderDetail(detail) {
		if (!detail || detail.index === null && !detail.services.some(function (each) {
			return each.achievement !== null;
		})) {
			$('panel-detail').replaceChildren(element('p', { text: t('noDetail') }));
			return;
		}
		var head = element('p', {}, [t('fiscalYear', detail.fiscalYear) + ' · ' + t('indexOf',
			sectorName($('panel-sector').value), number(detail.index, 2))
			+ (detail.achievementLevel ? ' · ' + detail.achievementLevel.name : '')
			+ (detail.origin ? ' · ' + t(detail.origin) : '')]);
		var table = element('table', { class: 'detail' }, [
			element('thead', {}, [element('tr', {}, ['serviceType', 'target', 'served', 'quality', 'achievement']
				.map(function (key) {
					return element('th', { scope: 'col', text: t(key) });
				}))]),
			element('tbody', {}, detail.services.map(function (service) {
				var type = service.serviceType;
				return element('tr', {}, [
					element('td', { text: type.code + ' ' + (state.lang === 'id' ? type.nameIndonesian : type.name) }),
					element('td', { class: 'number', text: number(service.target) }),
					element('td', { class: 'number', text: number(service.served) }),
					element('td', { class: 'number', text: number(service.quality, 2) }),
					element('td', { class: 'number', text: service.applicable === false ? t('notApplicable')
						: number(service.achievement, 2) })
				]);
			}))
		]);
		$('panel-detail').replaceChildren(head, table);
	}

	function search() {
		var asked = $('search').value.trim();
		if (!asked) {
			return;
		}
		var code = (asked.match(/\(([\d.]+)\)$/) || [])[1] || asked;
		var lower = asked.toLowerCase();
		var found = view.features.filter(function (feature) {
			return feature.properties.code === code;
		})[0] || view.features.filter(function (feature) {
			return feature.properties.name.toLowerCase() === lower;
		})[0] || view.features.filter(function (feature) {
			return feature.properties.name.toLowerCase().indexOf(lower) >= 0;
		})[0];
		if (found) {
			openRegion(found.properties.code);
		}
		else {
			$('coverage').textContent = t('notFound', asked);
		}
	}

	function listen() {
		['edition', 'category', 'sector'].forEach(function (name) {
			$(name).addEventListener('change', function () {
				state[name] = $(name).value;
				if (name === 'category') {
					state.province = '';
				}
				if (name === 'sector' && state.sector) {
					$('panel-sector').value = state.sector;
				}
				view.page = 0;
				loadView();
			});
		});
		$('province').addEventListener('change', function () {
			state.province = $('province').value;
			writeState();
			zoom();
		});
		$('search').addEventListener('change', search);
		$('search').addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				search();
			}
		});
		$('embed').addEventListener('click', showEmbed);
		$('cite').addEventListener('click', showCitation);
		$('language').addEventListener('click', function () {
			state.lang = state.lang === 'id' ? 'en' : 'id';
			writeState();
			renderDownloads();
			renderControls();
			renderLegend();
			renderCoverage();
			renderProvinces();
			renderTable();
			renderPanel();
		});
		$('panel-sector').addEventListener('change', function () {
			openRegion(state.region);
		});
		$('panel-close').addEventListener('click', function () {
			$('panel').hidden = true;
			state.region = '';
			panelData = null;
			writeState();
			highlight();
		});
		$('previous').addEventListener('click', function () {
			view.page--;
			renderTable();
		});
		$('next').addEventListener('click', function () {
			view.page++;
			renderTable();
		});
	}

	json('graphql/documents')
		.then(function (listed) {
			listed.documents.forEach(function (document) {
				hashes[document.name] = document.sha256;
			});
			return graphql('explorerSetup', {});
		})
		.then(function (data) {
			data.editions.sort(function (a, b) {
				return b.year - a.year;
			});
			setup = data;
			state.lang = 'id';
			readState();
			renderControls();
			renderLegend();
			listen();
			return loadView();
		})
		.catch(function (error) {
			state.lang = state.lang || 'id';
			failed(error);
		});
}());
