"""The chat records (千牛 聊天记录): one row per message, every cell checked."""

from __future__ import annotations

import pathlib
import re
import warnings
from typing import TYPE_CHECKING, Any, Union

import numpy as np

from storeops import _core
from storeops.readers.table import canonical, read_table, require_columns

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: The chat record's columns and every header that names them (千牛 聊天记录 exports).
CHAT_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "time": ("time", "时间", "发送时间", "消息时间", "聊天时间"),
    "agent": ("agent", "客服", "客服账号", "子账号", "客服昵称", "客服旺旺"),
    "customer": ("customer", "买家", "顾客", "客户", "买家昵称", "买家旺旺", "聊天对象"),
    "direction": ("direction", "方向", "消息方向", "收发"),
    "sender": ("sender", "发送人", "发送者", "发送方"),
    "text": ("text", "内容", "消息内容", "聊天内容"),
    "rating": ("rating", "评价", "满意度", "服务评价"),
}
#: What a direction cell may say: from the customer ("in") or from the agent ("out").
DIRECTIONS = {"in": "in", "out": "out", "买家": "in", "客户": "in", "顾客": "in", "收": "in",
              "接收": "in", "客服": "out", "发": "out", "发送": "out"}


def agent_name(account: object) -> str:
    """The person behind a 千牛 account: a sub-account is written ``shop:name`` (主账号:子账号,
    with a full-width colon too), and the people list names the person alone.

    >>> from storeops.readers.chats import agent_name
    >>> agent_name("茶语旗舰店:小美"), agent_name("茶语旗舰店：售后:阿杰"), agent_name("小美")
    ('小美', '阿杰', '小美')
    """
    text = str(account).strip().replace("：", ":")
    return text.rsplit(":", 1)[-1].strip() or text


def read_chats(source: Source) -> pd.DataFrame:
    """Reads chat records (千牛 聊天记录 export, CSV in UTF-8 or GBK, Excel, or a DataFrame).

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        The export file or a table already read.

    Returns
    -------
    pandas.DataFrame
        Sorted by time: ``time`` (datetime64), ``agent``, ``customer``, ``direction`` ("in"
        from the customer, "out" from the agent), ``text`` and, when the export has it,
        ``rating``. The direction comes from a direction column (in/out, 买家/客服, 收/发) or
        from a sender column (the sender is the agent or the customer). ``agent`` is the
        person (a sub-account ``shop:name`` gives ``name``, as the people list writes it);
        ``account``, when an agent was written so, keeps the account as exported.

    Raises
    ------
    storeops.Error
        A missing column (listing those found), a time that is no time, a direction that is
        neither in nor out, each named by its row.

    Examples
    --------
    >>> import storeops
    >>> from storeops.reviews import synthetic_records
    >>> import pathlib, tempfile
    >>> folder = synthetic_records(pathlib.Path(tempfile.mkdtemp()) / "records",
    ...     month="2014-09", seed=3)
    >>> chats = storeops.read_chats(sorted(folder.glob("*chat*"))[0])
    >>> len(chats) > 0
    True
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame = source.reset_index(drop=True)
    else:
        frame = read_table(pathlib.Path(source), {"date": CHAT_COLUMN_NAMES["time"], **CHAT_COLUMN_NAMES},
                           "read_chats").reset_index(drop=True)
    found: dict[str, Any] = {}
    for header in frame.columns:
        name = canonical(header, CHAT_COLUMN_NAMES)
        if name is not None and name not in found:
            found[name] = header
    missing = [c for c in ("time", "agent", "customer", "text") if c not in found]
    if "direction" not in found and "sender" not in found:
        missing.append("direction")
    require_columns("read_chats: the records lack", missing, CHAT_COLUMN_NAMES, list(frame.columns))
    raw_times = frame[found["time"]]
    times = pd.to_datetime(raw_times, errors="coerce", format="%Y-%m-%d %H:%M:%S")
    if times.isna().any():  # other ways of writing a time, one by one (a warning is no answer)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            try:
                times = pd.to_datetime(raw_times, errors="coerce", format="mixed")
            except (ValueError, OverflowError):  # times in several zones: no chat export's
                times = pd.Series(pd.NaT, index=raw_times.index)
    if times.dt.tz is not None or (times.notna() & ((times.dt.year < 1900) |
                                                    (times.dt.year > 2999))).any():
        times = pd.Series(pd.NaT, index=times.index)  # a zone or a year no chat has: no time
    if times.isna().any():
        row = int(np.argmax(times.isna().to_numpy()))
        raise _core.Error(f"read_chats: row {row + 1}, column {found['time']!r}: "
                          f"{frame[found['time']].iloc[row]!r} is not a time")
    agent = frame[found["agent"]].astype(str).str.strip()
    customer = frame[found["customer"]].astype(str).str.strip()
    if "direction" in found:
        raw = frame[found["direction"]].astype(str).str.strip()
        direction = raw.str.lower().map(lambda d: DIRECTIONS.get(d))
    else:
        sender = frame[found["sender"]].astype(str).str.strip()
        raw = sender
        direction = pd.Series(None, index=frame.index, dtype=object)
        direction[sender == customer] = "in"
        direction[sender == agent] = "out"
    if direction.isna().any():
        row = int(np.argmax(direction.isna().to_numpy()))
        raise _core.Error(f"read_chats: row {row + 1}: {raw.iloc[row]!r} is neither a message "
                          "from the customer (in, 买家) nor from the agent (out, 客服)")
    account = agent
    agent = agent.map(agent_name)  # 茶语旗舰店:小美 -> 小美, as the people list names her
    out = pd.DataFrame({"time": times.astype("datetime64[ns]"), "agent": agent, "customer": customer,
                        "direction": direction.astype(str),
                        "text": frame[found["text"]].fillna("").astype(str)})
    if "rating" in found:
        out["rating"] = frame[found["rating"]].fillna("").astype(str).str.strip()
    if (account != agent).any():
        out["account"] = account  # the 千牛 account as exported, shop and all
    return out.sort_values("time", kind="stable").reset_index(drop=True)


#: A message's first line in a 千牛 chat log saved as text: its time and who wrote it
#: ("2025-10-15 10:01:30 茶语旗舰店:小美"); the lines below it, to the next such line, its text.
_LOG_LINE = re.compile(r"^\s*(\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}:\d{2})\s+(.+?)[:：]?\s*$")
#: A conversation's heading in such a log: whom the shop talked with.
_LOG_PEER = re.compile(r"^\s*(?:与|和)\s*(.+?)\s*的(?:聊天|对话)记录|^\s*(?:对话对象|聊天对象)[:：]\s*(.+?)\s*$")


def is_chat_log(text: str) -> bool:
    """Whether a text file is a 千牛 chat log: its first lines of content begin with a time and
    a name (a message), or a conversation's heading."""
    lines = [line for line in text.splitlines() if line.strip()][:5]
    return bool(lines) and any(_LOG_LINE.match(line) for line in lines[:3]) and not any(
        "," in line and not _LOG_LINE.match(line) for line in lines[:1])


def read_chat_log(path: str | pathlib.Path) -> pd.DataFrame:
    r"""A 千牛 chat log saved as text (聊天记录 .txt): the same table as :func:`read_chats`.

    Each message begins with a line holding its time and its writer
    (``2025-10-15 10:01:30 茶语旗舰店:小美``), its text on the lines below. A writer named
    ``shop:name`` (a sub-account) is the shop's agent, any other the customer; a heading
    ``与 tb_buyer 的聊天记录`` names the customer of the conversation below it.

    Parameters
    ----------
    path : str or pathlib.Path
        The .txt log (UTF-8 or GBK).

    Returns
    -------
    pandas.DataFrame
        ``time``, ``agent``, ``customer``, ``direction``, ``text`` (and ``account``), as
        :func:`read_chats` gives them.

    Raises
    ------
    storeops.Error
        A log with no message, or an agent's message before any customer's in a conversation
        without a heading (its customer cannot be told), naming the file and the line.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from storeops.readers.chats import read_chat_log
    >>> log = pathlib.Path(tempfile.mkdtemp()) / "chat.txt"
    >>> _ = log.write_text("2025-10-15 10:01:02 tb_buyer1\n在吗\n"
    ...                    "2025-10-15 10:01:30 茶语旗舰店:小美\n亲，在的\n", encoding="utf-8")
    >>> read_chat_log(log)[["agent", "customer", "direction"]].values.tolist()
    [['小美', 'tb_buyer1', 'in'], ['小美', 'tb_buyer1', 'out']]
    """
    import pandas as pd

    from storeops.readers.table import _text

    path = pathlib.Path(path)
    lines = _text(path, path.name).splitlines()
    messages: list[dict[str, Any]] = []
    customer: str | None = None
    for number, line in enumerate(lines, start=1):
        peer = _LOG_PEER.match(line)
        if peer:
            customer = (peer.group(1) or peer.group(2)).strip()
            continue
        head = _LOG_LINE.match(line)
        if head:
            writer = head.group(2).strip()
            agent_side = ":" in writer.replace("：", ":")
            if not agent_side:
                customer = writer
            elif customer is None:
                raise _core.Error(f"read_chat_log: {path.name} line {number}: a message of the "
                                  f"shop's {writer!r} before any customer's, and no heading "
                                  "(与 ... 的聊天记录) names the customer")
            messages.append({"time": head.group(1).replace("/", "-"), "writer": writer,
                             "customer": customer, "direction": "out" if agent_side else "in",
                             "text": []})
        elif messages:
            messages[-1]["text"].append(line.strip())
    if not messages:
        raise _core.Error(f"read_chat_log: {path.name} has no message (a line with a time and a "
                          "name, such as 2025-10-15 10:01:30 茶语旗舰店:小美)")
    frame = pd.DataFrame(messages)
    # a customer's message is the conversation's: its agent is the one who answers it
    frame["agent"] = frame["writer"].where(frame["direction"].eq("out"))
    frame["agent"] = frame.groupby("customer")["agent"].transform(lambda s: s.bfill().ffill())
    unanswered = frame["agent"].isna()
    frame.loc[unanswered, "agent"] = ""
    table = pd.DataFrame({"时间": frame["time"], "客服": frame["agent"], "买家": frame["customer"],
                          "消息方向": frame["direction"],
                          "内容": frame["text"].map(lambda t: "\n".join(t).strip())})
    return read_chats(table)


__all__ = ["CHAT_COLUMN_NAMES", "DIRECTIONS", "agent_name", "is_chat_log", "read_chat_log",
           "read_chats"]
