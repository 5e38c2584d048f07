package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import java.util.Arrays;

/**
 * The facts of one dossier record as a reader found them, before they become a {@link
 * io.github.motcua.kpi.model.Dossier} or a row of {@link io.github.motcua.kpi.tally.DossierColumns}:
 * primitives and positions, reused from record to record (no object per record). Times are local
 * seconds ({@link LocalTimes}), {@link LocalTimes#NONE} for none.
 */
final class DossierFacts {
  // The id: its characters (a hash is kept of them), the text made only when needed.
  char[] id = new char[64];
  int idLength;
  private String idText;

  /** Bits over {@link DossierField} ordinals: the fields the record carries (even as null). */
  long fields;

  int agency;
  int settling;
  /** The agency's text where it is no code (a name, a portal code), resolved on the received day; else null. */
  String agencyText;
  String settlingText;
  int procedure;
  Channel channel;
  boolean channelStated;
  long submitted;
  long received;
  long due;
  boolean dueDerived;
  long finished;
  long returned;
  int nationalStatus;
  boolean resultByPost;
  /** Whether the record gives a list of fee lines (even empty); if not, the catalogue decides. */
  boolean feesListed;
  /** Whether a fee line gives no amount ({@code Gia}): a fee of unknown amount. */
  boolean feeWithoutAmount;
  /** The CSV's own yes/no fee, where given (-1: not given). */
  int feeFlag;
  long[] fees = new long[4];
  int feeCount;
  Payment payment;
  boolean digitised;
  boolean apology;
  int history;
  int[] historyStatus = new int[8];
  long[] historyAt = new long[8];
  int supplements;
  long[] requested = new long[4];
  long[] supplied = new long[4];
  int components;
  boolean[] componentDigitised = new boolean[4];
  boolean[] componentPersonal = new boolean[4];
  String[] componentDatabase = new String[4];
  boolean anyComponentDigitised;
  boolean anyComponentPersonal;
  boolean anyDatabase;
  String resultCode;
  String resultLink;
  boolean hasResultCode;
  boolean hasResultLink;
  boolean vneidAccount;
  boolean synced;
  Rating rating;

  DossierFacts() {
    clear();
  }

  void clear() {
    idLength = 0;
    idText = null;
    fields = 0;
    agency = -1;
    settling = -1;
    agencyText = null;
    settlingText = null;
    procedure = -1;
    channel = Channel.DIRECT;
    channelStated = false;
    submitted = LocalTimes.NONE;
    received = LocalTimes.NONE;
    due = LocalTimes.NONE;
    dueDerived = false;
    finished = LocalTimes.NONE;
    returned = LocalTimes.NONE;
    nationalStatus = 0;
    resultByPost = false;
    feesListed = false;
    feeWithoutAmount = false;
    feeFlag = -1;
    feeCount = 0;
    payment = Payment.NONE;
    digitised = false;
    apology = false;
    history = 0;
    supplements = 0;
    for (int i = 0; i < components; i++) {
      componentDatabase[i] = null;
    }
    components = 0;
    anyComponentDigitised = false;
    anyComponentPersonal = false;
    anyDatabase = false;
    resultCode = null;
    resultLink = null;
    hasResultCode = false;
    hasResultLink = false;
    vneidAccount = false;
    synced = false;
    rating = null;
  }

  /** Marks {@code field} as carried by the record. */
  void carries(DossierField field) {
    fields |= 1L << field.ordinal();
  }

  boolean has(DossierField field) {
    return (fields & (1L << field.ordinal())) != 0;
  }

  void id(char[] buf, int off, int len) {
    if (id.length < len) {
      id = new char[Math.max(len, id.length * 2)];
    }
    System.arraycopy(buf, off, id, 0, len);
    idLength = len;
    idText = null;
    idHash = IdSet.hash(id, 0, len);
  }

  /** The 64-bit hash of the id ({@link IdSet#hash}), made as the id is read. */
  long idHash;

  void id(String text) {
    id(text.toCharArray(), 0, text.length());
    idText = text;
  }

  boolean hasId() {
    return idLength > 0;
  }

  /** The id as text (made once). */
  String idText() {
    if (idText == null && idLength > 0) {
      idText = new String(id, 0, idLength);
    }
    return idText;
  }

  void fee(long amount) {
    if (feeCount == fees.length) {
      fees = Arrays.copyOf(fees, feeCount * 2);
    }
    fees[feeCount++] = amount;
  }

  void history(int status, long at) {
    if (history == historyStatus.length) {
      historyStatus = Arrays.copyOf(historyStatus, history * 2);
      historyAt = Arrays.copyOf(historyAt, history * 2);
    }
    historyStatus[history] = status;
    historyAt[history++] = at;
  }

  void supplement(long requestedAt, long suppliedAt) {
    if (supplements == requested.length) {
      requested = Arrays.copyOf(requested, supplements * 2);
      supplied = Arrays.copyOf(supplied, supplements * 2);
    }
    requested[supplements] = requestedAt;
    supplied[supplements++] = suppliedAt;
  }

  /** Orders the supplement requests by when they were made (the portal does not promise an order). */
  void sortSupplements() {
    for (int i = 1; i < supplements; i++) {
      long r = requested[i];
      long s = supplied[i];
      int j = i - 1;
      for (; j >= 0 && requested[j] > r; j--) {
        requested[j + 1] = requested[j];
        supplied[j + 1] = supplied[j];
      }
      requested[j + 1] = r;
      supplied[j + 1] = s;
    }
  }

  void component(boolean digitisedComponent, boolean personalStore, String database) {
    if (components == componentDigitised.length) {
      componentDigitised = Arrays.copyOf(componentDigitised, components * 2);
      componentPersonal = Arrays.copyOf(componentPersonal, components * 2);
      componentDatabase = Arrays.copyOf(componentDatabase, components * 2);
    }
    componentDigitised[components] = digitisedComponent;
    componentPersonal[components] = personalStore;
    componentDatabase[components++] = database;
    anyComponentDigitised |= digitisedComponent;
    anyComponentPersonal |= personalStore;
    anyDatabase |= database != null;
  }

  /** Whether the dossier carries a fee, its procedure's {@code catalogueFee} deciding when the record lists none. */
  boolean feeBearing(boolean catalogueFee) {
    if (feeFlag >= 0) {
      return feeFlag == 1;
    }
    if (!feesListed) {
      return catalogueFee;
    }
    if (feeWithoutAmount) {
      return true;
    }
    for (int i = 0; i < feeCount; i++) {
      if (fees[i] > 0) {
        return true;
      }
    }
    return false;
  }

  /** The epoch day the dossier was received (or, without that, submitted); {@code Long.MIN_VALUE} if neither. */
  long receivedDay() {
    long t = received >= 0 ? received : submitted;
    return t >= 0 ? Math.floorDiv(t, 86_400L) : Long.MIN_VALUE;
  }

  /** Whether it has an electronic result: both a code and a link. */
  boolean electronicResult() {
    return hasResultCode && hasResultLink;
  }

  /**
   * When processing ended: the finished time, else the instant of the first terminal status of the
   * history (9 processed before 10 returned, then 8, 7 or 3, the earliest of those), else none.
   */
  long endOfProcessing() {
    if (finished != LocalTimes.NONE || history == 0) {
      return finished;
    }
    long best = LocalTimes.NONE;
    int bestPriority = 3;
    for (int i = 0; i < history; i++) {
      int s = historyStatus[i];
      int priority = s == 9 ? 0 : s == 10 ? 1 : s == 8 || s == 7 || s == 3 ? 2 : 3;
      if (priority < bestPriority || priority == bestPriority && priority < 3 && historyAt[i] < best) {
        best = historyAt[i];
        bestPriority = priority;
      }
    }
    return bestPriority < 3 ? best : LocalTimes.NONE;
  }

  /** The seconds the applicant took on the supplied requests. */
  long supplementWait() {
    long wait = 0;
    for (int i = 0; i < supplements; i++) {
      if (supplied[i] != LocalTimes.NONE) {
        wait += supplied[i] - requested[i];
      }
    }
    return wait;
  }

  /** When the pending request (the last one still awaiting the applicant) was made, or none. */
  long pendingSince() {
    for (int i = supplements - 1; i >= 0; i--) {
      if (supplied[i] == LocalTimes.NONE) {
        return requested[i];
      }
    }
    return LocalTimes.NONE;
  }
}
