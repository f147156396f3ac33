package dev.clientela.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in E.164, read in the region of the client's document or tenant. */
final class Phones {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Phones() {}

    /** "+51 987-654-321" or "987 654 321" in PE → "+51987654321"; null when it is not a valid number. */
    static String e164(String phone, String region) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(phone, region);
            return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
