package dev.clientela.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * A client as a row of the clients table: the columns read back ({@link #COLUMNS}), the values a
 * client is written with ({@link #values}), and the row read as a client ({@link #mapper}). Every
 * statement that reads or writes whole clients (one at a time, in bulk, a search page, a merge) goes
 * through it.
 */
@Component
class ClientRows {

    /** The columns a client is read from, in the order {@link #mapper} reads them. */
    static final String COLUMNS = """
            id, number, kind, name, legal_name, trade_name, doc_country, doc_type, doc_number, doc_formatted,
            doc_check_digit, doc_anonymous, doc_typed, tax_id, email, phone, phone_e164, mobile, mobile_e164, address, notes,
            image_url, external_code, status, metadata, credit_limit, version, created_at, updated_at, deleted_at""";

    /** A null bound as text. */
    static final SqlParameterValue TEXT_NULL = new SqlParameterValue(Types.VARCHAR, null);

    /** The parameters that may be null and are not text. */
    private static final Map<String, SqlParameterValue> NULL_OF = Map.of(
            "credit_limit", new SqlParameterValue(Types.NUMERIC, null),
            "change_key", new SqlParameterValue(Types.OTHER, "uuid", null),
            "change_user", new SqlParameterValue(Types.OTHER, "uuid", null));

    private final ClientJson json;
    private final RowMapper<Client> mapper;

    ClientRows(ClientJson json) {
        this.json = json;
        this.mapper = this::map;
    }

    /**
     * These parameters with each null bound as its column's type. Sent untyped, a null makes the driver
     * prepare the statement again whenever the pattern of null fields differs from the last client's
     * (no email here, no mobile there): the 7 KB write statement was parsed on nearly every request.
     */
    static Map<String, Object> typedNulls(Map<String, Object> params) {
        Map<String, Object> typed = new HashMap<>(params);
        typed.replaceAll((name, value) -> value != null ? value : NULL_OF.getOrDefault(name, TEXT_NULL));
        return typed;
    }

    RowMapper<Client> mapper() {
        return mapper;
    }

    /** The columns of {@code c} by name, as the writing statements bind them ({@code :name}, ...). */
    Map<String, Object> values(Client c) {
        Map<String, Object> v = new LinkedHashMap<>();
        ClientDocument d = c.document();
        v.put("id", c.id());
        v.put("kind", c.kind().name());
        v.put("name", c.name());
        v.put("legal_name", c.legalName());
        v.put("trade_name", c.tradeName());
        v.put("doc_country", d == null ? null : d.country());
        v.put("doc_type", d == null ? null : d.type());
        v.put("doc_number", d == null ? null : d.number());
        v.put("doc_formatted", d == null ? null : d.formatted());
        v.put("doc_check_digit", d == null ? null : d.checkDigit());
        v.put("doc_anonymous", d != null && d.anonymous());
        v.put("doc_typed", d == null ? null : d.typed());
        v.put("tax_id", c.taxId());
        v.put("email", c.email());
        v.put("phone", c.phone());
        v.put("phone_e164", c.phoneE164());
        v.put("mobile", c.mobile());
        v.put("mobile_e164", c.mobileE164());
        v.put("address", c.address() == null ? null : json.write(c.address()));
        v.put("notes", c.notes());
        v.put("image_url", c.imageUrl());
        v.put("external_code", c.externalCode());
        v.put("status", c.status().name());
        v.put("metadata", json.write(c.metadata()));
        v.put("credit_limit", c.creditLimit());
        v.put("name_key", SearchText.fold(c.name()));
        v.put("search_text", SearchText.ofClient(c));
        v.put("phone_digits", SearchText.digits(c.phone()));
        v.put("mobile_digits", SearchText.digits(c.mobile()));
        return v;
    }

    @SuppressWarnings("unchecked")
    private Client map(ResultSet rs, int row) throws SQLException {
        String docNumber = rs.getString("doc_number");
        String address = rs.getString("address");
        return new Client(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                ClientKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("legal_name"),
                rs.getString("trade_name"),
                docNumber == null
                        ? null
                        : new ClientDocument(
                                rs.getString("doc_country"),
                                rs.getString("doc_type"),
                                docNumber,
                                rs.getString("doc_formatted"),
                                rs.getString("doc_check_digit"),
                                rs.getBoolean("doc_anonymous"),
                                rs.getString("doc_typed")),
                rs.getString("tax_id"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("phone_e164"),
                rs.getString("mobile"),
                rs.getString("mobile_e164"),
                address == null ? null : json.read(address, Address.class),
                rs.getString("notes"),
                rs.getString("image_url"),
                rs.getString("external_code"),
                ClientStatus.valueOf(rs.getString("status")),
                json.read(rs.getString("metadata"), LinkedHashMap.class),
                rs.getBigDecimal("credit_limit"),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "deleted_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
