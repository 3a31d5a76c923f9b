package dev.tact.store.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DIMS = new TypeReference<>() { };

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"title\":\"Love Island\"}", "{\"a\":\"\",\"b\":\"x\"}",
        "{\"day\":\"Valentine's Day\",\"title\":\"Squid Game\"}", "{ \"a\" : \"b\" }", "{\"a\":\"q\\\"uote\"}",
        "{\"a\":\"\\u00e9\\n\",\"b\":\"}\"}", "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":1}", "{\"a\":\"b\",}",
        "{\"x\":\"{\\\"y\\\":\\\"z\\\"}\"}", "{\"é\":\"東京 ١٢٣\"}"})
    void readsDimsAsDataBindingDoes(String json) throws Exception {
        Map<String, String> bound;
        try {
            bound = JSON.readValue(json, DIMS);
        } catch (Exception e) {
            assertThatThrownBy(() -> StatMapper.dims(json)).isInstanceOf(SQLException.class);
            return;
        }
        assertThat(new TreeMap<>(StatMapper.dims(json))).isEqualTo(new TreeMap<>(bound));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\":null}", "{\"title\":\"A\",\"place\":null}", "null"})
    void aNullValueIsRefusedInWordsNotLaterAsANullPointer(String json) {
        assertThatThrownBy(() -> StatMapper.dims(json)).isInstanceOf(SQLException.class)
            .hasMessageContaining("not a JSON object of strings");
    }

    @Test
    void readsRandomDimsAsWrittenAsDataBindingDoes() throws Exception {
        String alphabet = "ab Z09'\"\\{}:,\u0000\u001f\t\néß東\uD835\uDD18";
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 20_000; i++) {
            Map<String, String> dims = new TreeMap<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                dims.put(text(random, alphabet), text(random, alphabet));
            }
            String json = JSON.writeValueAsString(dims);
            assertThat(new TreeMap<>(StatMapper.dims(json))).as(json).isEqualTo(JSON.readValue(json, DIMS));
        }
    }

    private static String text(SplittableRandom random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
