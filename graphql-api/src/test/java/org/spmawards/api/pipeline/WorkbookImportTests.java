package org.spmawards.api.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data team's round trip through a spreadsheet: the achievements exported as a
 * workbook, one cell edited, the workbook imported back; exactly that change is imported,
 * and the revision's page names it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=workbook_imports", "spm.admin-token=workbook-token" })
class WorkbookImportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aWorkbookEditedInASpreadsheetImportsExactlyTheEdit() throws Exception {
		JsonNode first = importFile("text/csv", ("region_code,service_type,target,served,quality_pct\n"
				+ "36.71,HEA-K-1,100,90,100\n36.71,HEA-K-2,50,40,100\n")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(first.get("status").asString()).isEqualTo("IMPORTED");

		byte[] exported = get("/export/achievements.xlsx?fiscalYear=2024");
		// the workbook as exported, unedited, changes nothing
		assertThat(importFile(WORKBOOK, exported).get("status").asString()).isEqualTo("UNCHANGED");

		JsonNode edited = importFile(WORKBOOK, edited(exported, "HEA-K-2", "served", 45));
		assertThat(edited.get("status").asString()).as(edited.toString()).isEqualTo("IMPORTED");
		assertThat(edited.at("/changes/inserted").asLong()).isZero();
		assertThat(edited.at("/changes/updated").asLong()).isEqualTo(1);
		assertThat(edited.at("/changes/deleted").asLong()).isZero();
		JsonNode changes = JSON.readTree(get("/changes/" + edited.at("/revision/number").asLong() + ".json"));
		assertThat(changes.get("rows")).hasSize(1);
		assertThat(changes.at("/rows/0/item").asString()).isEqualTo("HEA-K-2");
		assertThat(changes.at("/rows/0/change").asString()).isEqualTo("CHANGED");
		assertThat(changes.at("/rows/0/before/served").asLong()).isEqualTo(40);
		assertThat(changes.at("/rows/0/after/served").asLong()).isEqualTo(45);
		assertThat(changes.at("/rows/0/after/target").asLong()).isEqualTo(50);
	}

	@Test
	void aFileThatIsNoWorkbookIsRejectedInWords() throws Exception {
		HttpResponse<String> answer = post(WORKBOOK, "region_code,service_type\n".getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("REJECTED", "not an Excel workbook (.xlsx)")
			.doesNotContain("Exception", "org.dhatim");
	}

	/**
	 * The workbook with one cell of one service type's row changed, as a spreadsheet
	 * would save it.
	 */
	private static byte[] edited(byte[] exported, String serviceType, String header, int value) throws Exception {
		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
			List<Row> rows = read.findSheet("data").orElseThrow().read();
			List<String> names = rows.get(0).stream().map(Cell::getText).toList();
			int edit = names.indexOf(header);
			int type = names.indexOf("service_type");
			Workbook workbook = new Workbook(saved, "a spreadsheet", "1.0");
			Worksheet sheet = workbook.newWorksheet("data");
			for (int line = 0; line < rows.size(); line++) {
				Row row = rows.get(line);
				boolean target = line > 0 && serviceType.equals(row.getCellText(type));
				// each row's last cell (achievement_level, which an import ignores) left
				// empty: a workbook then holds fewer cells in the row than in its header
				int cells = (line > 0) ? names.size() - 1 : names.size();
				for (int column = 0; column < cells; column++) {
					Cell cell = row.getCell(column);
					if (target && column == edit) {
						sheet.value(line, column, value);
					}
					else if (cell != null && cell.getType() == CellType.NUMBER) {
						sheet.value(line, column, new BigDecimal(cell.getRawValue()));
					}
					else if (cell != null && cell.getRawValue() != null) {
						sheet.value(line, column, cell.getText());
					}
				}
			}
			workbook.finish();
		}
		return saved.toByteArray();
	}

	private JsonNode importFile(String type, byte[] file) throws Exception {
		return JSON.readTree(post(type, file).body());
	}

	private HttpResponse<String> post(String type, byte[] file) throws Exception {
		return this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/achievements?fiscalYear=2024"))
			.header("Authorization", "Bearer workbook-token")
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(file))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private byte[] get(String path) throws Exception {
		HttpResponse<byte[]> answer = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

}
